package io.tactus.web.account;

import io.tactus.web.system.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: who they are and changing their password.
 */
@Controller
class AccountController {

	private final AccountService service;

	private final Accounts accounts;

	AccountController(AccountService service, Accounts accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String initPasswordForm(@AuthenticationPrincipal TactusUser user, Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return showAccount(user, model);
	}

	@PostMapping("/account")
	String processPasswordForm(@AuthenticationPrincipal TactusUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.service.changeOwnPassword(user.username(), form.current(), form.password(), request.getRemoteAddr());
		}
		catch (LoginThrottledException ex) {
			result.rejectValue("current", "account.password.currentThrottled",
					new Object[] { LoginThrottledException.waitText(ex.retryAfterSeconds()) }, null);
			return showAccount(user, model);
		}
		catch (AccountRejectedException ex) {
			ex.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
			return showAccount(user, model);
		}
		// The change ended every session of this account; this one goes on with the new
		// version.
		SessionSignIn.signIn(this.accounts.findById(user.id()).orElseThrow(), request, response);
		redirect.addFlashAttribute("flash", "account.password.changed");
		// A temporary password held the user on this page: now they may go on.
		return user.mustChangePassword() ? "redirect:/" : "redirect:/account";
	}

	private String showAccount(TactusUser user, Model model) {
		model.addAttribute("user", user);
		user.clinic().flatMap(this.accounts::clinicName).ifPresent((name) -> model.addAttribute("clinicName", name));
		return "account/account";
	}

}
