package io.tactus.web.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tactus.web.account.StaffService.TemporaryPassword;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinic owner's staff page: the clinic's accounts, adding a biller or viewer, and
 * disabling, enabling, re-issuing the password of or changing the role of one. The clinic
 * is the signed-in owner's own ({@link TactusUser#clinic()}).
 * <p>
 * A temporary password is shown once, in the answer to the POST that made it, never
 * through a redirect: a flash attribute would keep it in the session, which is stored in
 * the database.
 */
@Controller
class StaffController {

	static final String PATH = "/clinic/staff";

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	@Bean
	static NavigationItem staffNavigation() {
		return new NavigationItem(PATH, "nav.clinic.staff", Set.of(Role.CLINIC_OWNER), 36);
	}

	@GetMapping(PATH)
	String showStaff(@AuthenticationPrincipal TactusUser owner, Model model) {
		model.addAttribute("form", StaffForm.empty());
		return list(owner, model);
	}

	@PostMapping(PATH)
	String processStaffForm(@AuthenticationPrincipal TactusUser owner, @ModelAttribute("form") StaffForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (result.hasFieldErrors("role")) {
			StaffForm shown = new StaffForm(form.username(), null);
			BindingResult refused = new BeanPropertyBindingResult(shown, "form");
			refused.rejectValue("role", "clinic.staff.roleRequired");
			model.addAttribute("form", shown);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refused);
			return list(owner, model);
		}
		try {
			TemporaryPassword issued = this.staff.add(owner, form.username(), form.role());
			model.addAttribute("form", StaffForm.empty());
			return issued(owner, issued, "clinic.staff.added", model, response);
		}
		catch (AccountRejectedException ex) {
			ex.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
			return list(owner, model);
		}
	}

	@PostMapping(PATH + "/{id}/enabled")
	String processEnabled(@AuthenticationPrincipal TactusUser owner, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		this.staff.setEnabled(owner, id, enabled);
		redirect.addFlashAttribute("flash", enabled ? "clinic.staff.enabled" : "clinic.staff.disabled");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/password")
	String processPasswordReset(@AuthenticationPrincipal TactusUser owner, @PathVariable long id, Model model,
			HttpServletResponse response) {
		TemporaryPassword issued = this.staff.resetPassword(owner, id);
		model.addAttribute("form", StaffForm.empty());
		return issued(owner, issued, "clinic.staff.passwordReset", model, response);
	}

	@PostMapping(PATH + "/{id}/role")
	String processRole(@AuthenticationPrincipal TactusUser owner, @PathVariable long id,
			@RequestParam(required = false) String role, RedirectAttributes redirect) {
		try {
			this.staff.setRole(owner, id, parse(role).orElse(null));
			redirect.addFlashAttribute("flash", "clinic.staff.roleChanged");
		}
		catch (AccountRejectedException ex) {
			redirect.addFlashAttribute("flash", ex.problems().get(0).code());
		}
		return "redirect:" + PATH;
	}

	private String issued(TactusUser owner, TemporaryPassword issued, String flash, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("issued", issued);
		model.addAttribute("flash", flash);
		return list(owner, model);
	}

	private String list(TactusUser owner, Model model) {
		model.addAttribute("members", this.staff.list(owner));
		model.addAttribute("staffRoles", List.of(Role.CLINIC_BILLER, Role.CLINIC_VIEWER));
		return "account/staff";
	}

	private static Optional<Role> parse(String role) {
		try {
			return Optional.ofNullable(role).map(Role::valueOf);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
