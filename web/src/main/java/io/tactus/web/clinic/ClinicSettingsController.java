package io.tactus.web.clinic;

import java.util.Optional;
import java.util.Set;

import io.tactus.core.billing.LocalityId;
import io.tactus.web.clinic.SettingsForms.LocalityForm;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinic's settings page and its Medicare locality; therapists, payers and fees are
 * changed through {@link TherapistSettingsController} and
 * {@link PayerSettingsController}.
 */
@Controller
class ClinicSettingsController {

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	private final SettingsPage page;

	ClinicSettingsController(ClinicSetup setup, ClinicBilling billing, SettingsPage page) {
		this.setup = setup;
		this.billing = billing;
		this.page = page;
	}

	@Bean
	static NavigationItem clinicSettingsNavigation() {
		return new NavigationItem("/clinic/settings", "nav.clinic.settings",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER), 34);
	}

	/**
	 * The owner's settings page, with its forms; a biller reads the same settings without
	 * them.
	 */
	@GetMapping("/clinic/settings")
	String showSettings(SignedInClinic signedIn, HttpServletRequest request, Model model) {
		if (!request.isUserInRole(Role.CLINIC_OWNER.name())) {
			return this.page.renderReadOnly(signedIn.id(), model);
		}
		return this.page.render(signedIn.id(), model);
	}

	@PostMapping("/clinic/settings/locality")
	String processLocalityForm(SignedInClinic signedIn, @ModelAttribute("localityForm") LocalityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<String> state = SettingsForms.state(form.state());
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
			return this.page.render(clinic, model);
		}
		this.setup.setLocality(clinic, state, medicare);
		redirect.addFlashAttribute("flash", "clinic.settings.localitySaved");
		return "redirect:/clinic/settings";
	}

}
