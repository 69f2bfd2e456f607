package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import io.tactus.core.codes.ProviderType;
import io.tactus.web.clinic.SettingsForms.TherapistForm;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapists on the settings page: add, edit in place, remove one that no visit has,
 * retire one that visits have (no longer offered for new visits) and restore it. Another
 * clinic's therapist answers 404.
 */
@Controller
class TherapistSettingsController {

	private static final BigDecimal MAX_PAY = new BigDecimal("1000");

	private final ClinicSetup setup;

	private final SettingsPage page;

	private final Clock clock;

	TherapistSettingsController(ClinicSetup setup, SettingsPage page, Clock clock) {
		this.setup = setup;
		this.page = page;
		this.clock = clock;
	}

	@PostMapping("/clinic/settings/therapists")
	String processTherapistForm(SignedInClinic signedIn, @Valid @ModelAttribute("therapistForm") TherapistForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<Values> values = check(clinic, 0, form, result);
		if (values.isPresent()) {
			Values v = values.get();
			try {
				this.setup.addTherapist(clinic, v.name(), v.type(), v.pay(), v.state());
				redirect.addFlashAttribute("flash", "clinic.settings.therapistAdded");
				return "redirect:/clinic/settings";
			}
			catch (DuplicateKeyException ex) {
				result.rejectValue("name", "clinic.settings.name.taken");
			}
		}
		model.addAttribute("notSaved", true);
		return this.page.render(clinic, model);
	}

	@PostMapping("/clinic/settings/therapists/{id}")
	String processTherapistEdit(SignedInClinic signedIn, @PathVariable long id,
			@Valid @ModelAttribute("therapistEdit") TherapistForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long clinic = signedIn.id();
		therapist(clinic, id);
		Optional<Values> values = check(clinic, id, form, result);
		if (values.isPresent()) {
			Values v = values.get();
			try {
				if (!this.setup.updateTherapist(clinic, id, v.name(), v.type(), v.pay(), v.state())) {
					throw new ClinicNotFoundException("therapist " + id);
				}
				redirect.addFlashAttribute("flash", "clinic.settings.therapistSaved");
				return "redirect:/clinic/settings";
			}
			catch (DuplicateKeyException ex) {
				result.rejectValue("name", "clinic.settings.name.taken");
			}
		}
		model.addAttribute("editedTherapist", id);
		model.addAttribute("notSaved", true);
		return this.page.render(clinic, model);
	}

	@PostMapping("/clinic/settings/therapists/{id}/delete")
	String processTherapistRemoval(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		return SettingsPage.removal(redirect, "therapist", therapist(clinic, id).name(),
				() -> this.setup.removeTherapist(clinic, id), () -> this.setup.therapistVisits(clinic, id));
	}

	@PostMapping("/clinic/settings/therapists/{id}/retire")
	String processTherapistRetirement(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		return SettingsPage.changed(this.setup.retireTherapist(signedIn.id(), id, this.clock.instant()), redirect,
				"therapist " + id, "clinic.settings.therapistRetired");
	}

	@PostMapping("/clinic/settings/therapists/{id}/restore")
	String processTherapistRestoration(SignedInClinic signedIn, @PathVariable long id, RedirectAttributes redirect) {
		return SettingsPage.changed(this.setup.restoreTherapist(signedIn.id(), id), redirect, "therapist " + id,
				"clinic.settings.therapistRestored");
	}

	private Therapist therapist(long clinic, long id) {
		return this.setup.therapist(clinic, id).orElseThrow(() -> new ClinicNotFoundException("therapist " + id));
	}

	/**
	 * The form's values once valid; each problem is rejected on its field.
	 * @param self the therapist edited, 0 for a new one
	 */
	private Optional<Values> check(long clinic, long self, TherapistForm form, BindingResult result) {
		String name = SettingsForms.name(form.name(), result);
		if (!name.isEmpty()) {
			this.setup.therapistNameHeld(clinic, name, self)
				.ifPresent((retired) -> result.rejectValue("name",
						retired ? "clinic.settings.name.takenRetired" : "clinic.settings.name.taken"));
		}
		Optional<ProviderType> type = SettingsForms.choice(ProviderType.class, form.providerType());
		if (type.isEmpty()) {
			result.rejectValue("providerType", "clinic.settings.providerType.required");
		}
		Optional<BigDecimal> pay = SettingsForms.decimal(form.hourlyPay());
		boolean payGiven = form.hourlyPay() != null && !form.hourlyPay().isBlank();
		if (payGiven && (pay.isEmpty() || pay.get().signum() < 0 || pay.get().compareTo(MAX_PAY) > 0
				|| pay.get().scale() > 2)) {
			result.rejectValue("hourlyPay", "clinic.settings.hourlyPay.range");
		}
		Optional<String> state = SettingsForms.state(form.state());
		if (form.state() != null && !form.state().isBlank() && state.isEmpty()) {
			result.rejectValue("state", "clinic.settings.state.unknown");
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Values(name, type.get(), payGiven ? pay.get() : null, state.orElse(null)));
	}

	private record Values(String name, ProviderType type, BigDecimal pay, String state) {
	}

}
