package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import io.tactus.reports.oews.UsState;
import io.tactus.web.billing.LocalityGroup;
import io.tactus.web.clinic.SettingsForms.FeeForm;
import io.tactus.web.clinic.SettingsForms.LocalityForm;
import io.tactus.web.clinic.SettingsForms.PayerForm;
import io.tactus.web.clinic.SettingsForms.TherapistForm;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import io.tactus.web.system.TextInput;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinic's settings: therapists, payers, fees and the Medicare locality.
 */
@Controller
class ClinicSettingsController {

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	ClinicSettingsController(ClinicSetup setup, ClinicBilling billing) {
		this.setup = setup;
		this.billing = billing;
	}

	@Bean
	static NavigationItem clinicSettingsNavigation() {
		return new NavigationItem("/clinic/settings", "nav.clinic.settings", Set.of(Role.CLINIC_OWNER), 34);
	}

	@GetMapping("/clinic/settings")
	String showSettings(SignedInClinic signedIn, Model model) {
		return page(signedIn.id(), model);
	}

	@PostMapping("/clinic/settings/therapists")
	String processTherapistForm(SignedInClinic signedIn, @Valid @ModelAttribute("therapistForm") TherapistForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		String name = name(form.name(), result);
		if (!name.isEmpty() && this.setup.hasTherapist(clinic, name)) {
			result.rejectValue("name", "clinic.settings.name.taken");
		}
		Optional<ProviderType> type = SettingsForms.choice(ProviderType.class, form.providerType());
		if (type.isEmpty()) {
			result.rejectValue("providerType", "clinic.settings.providerType.required");
		}
		Optional<BigDecimal> pay = SettingsForms.decimal(form.hourlyPay());
		boolean payGiven = form.hourlyPay() != null && !form.hourlyPay().isBlank();
		if (payGiven && (pay.isEmpty() || pay.get().signum() < 0 || pay.get().compareTo(new BigDecimal("1000")) > 0
				|| pay.get().scale() > 2)) {
			result.rejectValue("hourlyPay", "clinic.settings.hourlyPay.range");
		}
		Optional<String> state = state(form.state());
		if (form.state() != null && !form.state().isBlank() && state.isEmpty()) {
			result.rejectValue("state", "clinic.settings.state.unknown");
		}
		if (result.hasErrors()) {
			return page(clinic, model);
		}
		this.setup.addTherapist(clinic, name, type.get(), pay.orElse(null), state.orElse(null));
		redirect.addFlashAttribute("flash", "clinic.settings.therapistAdded");
		return "redirect:/clinic/settings";
	}

	@PostMapping("/clinic/settings/payers")
	String processPayerForm(SignedInClinic signedIn, @Valid @ModelAttribute("payerForm") PayerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		String name = name(form.name(), result);
		if (!name.isEmpty() && this.setup.hasPayer(clinic, name)) {
			result.rejectValue("name", "clinic.settings.name.taken");
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
			return page(clinic, model);
		}
		this.setup.addPayer(clinic, name, kind.get(), rule.orElse(kind.get().defaultUnitRule()));
		redirect.addFlashAttribute("flash", "clinic.settings.payerAdded");
		return "redirect:/clinic/settings";
	}

	@PostMapping("/clinic/settings/fees")
	String processFeeForm(SignedInClinic signedIn, @ModelAttribute("feeForm") FeeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<Payer> payer = SettingsForms.id(form.payerId()).flatMap((id) -> this.setup.payer(clinic, id));
		if (payer.isEmpty()) {
			result.rejectValue("payerId", "clinic.settings.payer.required");
		}
		String code = (form.code() != null) ? form.code().strip().toUpperCase(Locale.ROOT) : "";
		if (this.billing.engine().catalog().find(code).isEmpty()) {
			result.rejectValue("code", "clinic.settings.code.unknown");
		}
		Optional<BigDecimal> fee = SettingsForms.decimal(form.fee());
		if (fee.isEmpty() || fee.get().signum() < 0 || fee.get().compareTo(new BigDecimal("100000")) >= 0
				|| fee.get().scale() > 2) {
			result.rejectValue("fee", "clinic.settings.fee.range");
		}
		if (result.hasErrors()) {
			return page(clinic, model);
		}
		this.setup.setFee(clinic, payer.get().id(), code, Money.of(fee.get()).amount());
		redirect.addFlashAttribute("flash", "clinic.settings.feeSaved");
		return "redirect:/clinic/settings";
	}

	@PostMapping("/clinic/settings/locality")
	String processLocalityForm(SignedInClinic signedIn, @ModelAttribute("localityForm") LocalityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<String> state = state(form.state());
		if (form.state() != null && !form.state().isBlank() && state.isEmpty()) {
			result.rejectValue("state", "clinic.settings.state.unknown");
		}
		Optional<LocalityId> medicare = Optional.empty();
		if (form.locality() != null && !form.locality().isBlank()) {
			medicare = LocalityId.parse(form.locality()).filter(this.billing.engine().gpcis()::knows);
			if (medicare.isEmpty()) {
				result.rejectValue("locality", "clinic.settings.locality.unknown");
			}
		}
		if (result.hasErrors()) {
			return page(clinic, model);
		}
		this.setup.setLocality(clinic, state, medicare);
		redirect.addFlashAttribute("flash", "clinic.settings.localitySaved");
		return "redirect:/clinic/settings";
	}

	/**
	 * The name, stripped, once it passed the form's constraints (required, at most
	 * {@value SettingsForms#MAX_NAME_LENGTH} characters) and is plain text; empty when
	 * not.
	 */
	private static String name(String text, BindingResult result) {
		if (result.hasFieldErrors("name")) {
			return "";
		}
		String name = text.strip();
		if (!TextInput.isPlain(name)) {
			result.rejectValue("name", "clinic.settings.name.notPlain");
			return "";
		}
		return name;
	}

	private static Optional<String> state(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return UsState.ofPostalCode(text.strip().toUpperCase(Locale.ROOT))
			.map((s) -> text.strip().toUpperCase(Locale.ROOT));
	}

	private String page(long clinic, Model model) {
		if (!model.containsAttribute("therapistForm")) {
			model.addAttribute("therapistForm", TherapistForm.empty());
		}
		if (!model.containsAttribute("payerForm")) {
			model.addAttribute("payerForm", PayerForm.empty());
		}
		if (!model.containsAttribute("feeForm")) {
			model.addAttribute("feeForm", FeeForm.empty());
		}
		Locality locality = this.setup.locality(clinic);
		if (!model.containsAttribute("localityForm")) {
			model.addAttribute("localityForm", LocalityForm.of(locality));
		}
		model.addAttribute("localityGroups", LocalityGroup.of(this.billing.engine().gpcis()));
		model.addAttribute("medicareLocality",
				locality.medicare().flatMap(this.billing.engine().gpcis()::latest).orElse(null));
		model.addAttribute("typedGpci", locality.medicare().isEmpty() ? locality.typed().orElse(null) : null);
		model.addAttribute("therapists", this.setup.therapists(clinic));
		model.addAttribute("payers", this.setup.payers(clinic));
		model.addAttribute("fees", this.setup.fees(clinic));
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("payerKinds", PayerKind.values());
		model.addAttribute("unitRules", UnitRule.values());
		return "clinic/settings";
	}

}
