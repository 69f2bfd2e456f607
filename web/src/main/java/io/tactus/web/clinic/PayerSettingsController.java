package io.tactus.web.clinic;

import java.time.Clock;
import java.util.Optional;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.web.clinic.SettingsForms.PayerForm;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payers on the settings page: add, edit in place, remove one that no visit has (with
 * its fees), retire one that visits have (no longer offered for new visits), restore it,
 * and save one payer's fees at once. Another clinic's payer answers 404.
 */
@Controller
class PayerSettingsController {

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	private final SettingsPage page;

	private final Clock clock;

	PayerSettingsController(ClinicSetup setup, ClinicBilling billing, SettingsPage page, Clock clock) {
		this.setup = setup;
		this.billing = billing;
		this.page = page;
		this.clock = clock;
	}

	@PostMapping("/clinic/settings/payers")
	String processPayerForm(SignedInClinic signedIn, @Valid @ModelAttribute("payerForm") PayerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<Values> values = check(clinic, 0, form, result);
		if (values.isPresent()) {
			try {
				this.setup.addPayer(clinic, values.get().name(), values.get().kind(), values.get().rule());
				redirect.addFlashAttribute("flash", "clinic.settings.payerAdded");
				return "redirect:/clinic/settings";
			}
			catch (DuplicateKeyException ex) {
				result.rejectValue("name", "clinic.settings.name.taken");
			}
		}
		model.addAttribute("notSaved", true);
		return this.page.render(clinic, model);
	}

	@PostMapping("/clinic/settings/payers/{id}")
	String processPayerEdit(SignedInClinic signedIn, @PathVariable long id,
			@Valid @ModelAttribute("payerEdit") PayerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long clinic = signedIn.id();
		payer(clinic, id);
		Optional<Values> values = check(clinic, id, form, result);
		if (values.isPresent()) {
			try {
				if (!this.setup.updatePayer(clinic, id, values.get().name(), values.get().kind(),
						values.get().rule())) {
					throw new ClinicNotFoundException("payer " + id);
				}
				redirect.addFlashAttribute("flash", "clinic.settings.payerSaved");
				return "redirect:/clinic/settings";
			}
			catch (DuplicateKeyException ex) {
				result.rejectValue("name", "clinic.settings.name.taken");
			}
		}
		model.addAttribute("editedPayer", id);
		model.addAttribute("notSaved", true);
		return this.page.render(clinic, model);
	}

	@PostMapping("/clinic/settings/payers/{id}/delete")
	String processPayerRemoval(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		return SettingsPage.removal(redirect, "payer", payer(clinic, id).name(),
				() -> this.setup.removePayer(clinic, id), () -> this.setup.payerVisits(clinic, id));
	}

	@PostMapping("/clinic/settings/payers/{id}/retire")
	String processPayerRetirement(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		return SettingsPage.changed(this.setup.retirePayer(signedIn.id(), id, this.clock.instant()), redirect,
				"payer " + id, "clinic.settings.payerRetired");
	}

	@PostMapping("/clinic/settings/payers/{id}/restore")
	String processPayerRestoration(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		return SettingsPage.changed(this.setup.restorePayer(signedIn.id(), id), redirect, "payer " + id,
				"clinic.settings.payerRestored");
	}

	/**
	 * Saves all fees of one payer at once: a changed fee is stored, an emptied one
	 * removed, a new row adds a code; any problem (naming code and value) saves nothing.
	 */
	@PostMapping("/clinic/settings/payers/{id}/fees")
	String processFeesForm(SignedInClinic signedIn, @PathVariable long id, WebRequest request, Model model,
			RedirectAttributes redirect) {
		long clinic = signedIn.id();
		payer(clinic, id);
		FeeEdits edits = FeeEdits.of(id, request.getParameterValues("code"), request.getParameterValues("fee"),
				this.setup.fees(clinic, id), this.billing.engine().catalog());
		if (edits.problems().hasErrors()) {
			model.addAttribute("feesForm", edits);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "feesForm", edits.problems());
			model.addAttribute("notSaved", true);
			return this.page.render(clinic, model);
		}
		this.setup.saveFees(clinic, id, edits.fees());
		redirect.addFlashAttribute("flash", "clinic.settings.feesSaved");
		return "redirect:/clinic/settings";
	}

	private Payer payer(long clinic, long id) {
		return this.setup.payer(clinic, id).orElseThrow(() -> new ClinicNotFoundException("payer " + id));
	}

	/**
	 * The form's values once valid; each problem is rejected on its field.
	 * @param self the payer edited, 0 for a new one
	 */
	private Optional<Values> check(long clinic, long self, PayerForm form, BindingResult result) {
		String name = SettingsForms.name(form.name(), result);
		if (!name.isEmpty()) {
			this.setup.payerNameHeld(clinic, name, self)
				.ifPresent((retired) -> result.rejectValue("name",
						retired ? "clinic.settings.name.takenRetired" : "clinic.settings.name.taken"));
		}
		Optional<PayerKind> kind = SettingsForms.choice(PayerKind.class, form.kind());
		if (kind.isEmpty()) {
			result.rejectValue("kind", "clinic.settings.kind.required");
		}
		Optional<UnitRule> rule = SettingsForms.choice(UnitRule.class, form.unitRule());
		if (form.unitRule() != null && !form.unitRule().isBlank() && rule.isEmpty()) {
			result.rejectValue("unitRule", "clinic.settings.rule.unknown");
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Values(name, kind.get(), rule.orElse(kind.get().defaultUnitRule())));
	}

	private record Values(String name, PayerKind kind, UnitRule rule) {
	}

}
