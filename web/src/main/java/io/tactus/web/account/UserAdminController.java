package io.tactus.web.account;

import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.system.NavigationItem;

import java.util.Set;

import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
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
 * The admins' user management: list, create (any role), disable and enable, reset a
 * password.
 */
@Controller
class UserAdminController {

	private final AccountService service;

	private final Accounts accounts;

	UserAdminController(AccountService service, Accounts accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@Bean
	static NavigationItem usersNavigation() {
		return new NavigationItem("/admin/users", "nav.users", Set.of(Role.ADMIN), 90);
	}

	@GetMapping("/admin/users")
	String showUsers(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return listUsers(model);
	}

	@PostMapping("/admin/users")
	String processNewUserForm(@AuthenticationPrincipal TactusUser admin, @ModelAttribute("form") NewUserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasFieldErrors("role")) {
			NewUserForm shown = NewUserForm.empty();
			BindingResult refused = new BeanPropertyBindingResult(shown, "form");
			refused.rejectValue("role", "account.role.required");
			model.addAttribute("form", shown);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refused);
			return listUsers(model);
		}
		try {
			this.service.createByAdmin(new NewAccount(form.username(), form.password(), form.role(), form.clinic()),
					admin.username());
		}
		catch (AccountRejectedException ex) {
			ex.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
			return listUsers(model);
		}
		redirect.addFlashAttribute("flash", "admin.users.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String processEnabled(@AuthenticationPrincipal TactusUser admin, @PathVariable long id,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.service.setEnabled(id, enabled, admin.username());
			redirect.addFlashAttribute("flash", enabled ? "admin.users.enabled" : "admin.users.disabled");
		}
		catch (AccountRejectedException ex) {
			redirect.addFlashAttribute("flash", ex.problems().get(0).code());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String processPasswordReset(@AuthenticationPrincipal TactusUser admin, @PathVariable long id,
			@RequestParam String password, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.service.resetPassword(id, password, admin.username());
			if (id == admin.id()) {
				// Like changing one's own password: this session goes on, the others end.
				SessionSignIn.signIn(this.accounts.findById(id).orElseThrow(), request, response);
			}
			redirect.addFlashAttribute("flash", "admin.users.passwordReset");
		}
		catch (AccountRejectedException ex) {
			redirect.addFlashAttribute("flash", ex.problems().get(0).code());
		}
		return "redirect:/admin/users";
	}

	private String listUsers(Model model) {
		model.addAttribute("users", this.accounts.list());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

}
