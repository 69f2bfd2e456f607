package io.tactus.web.account;

import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.account.SignupLimiter.SignupLimitedException;
import io.tactus.web.system.LoginThrottledException;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up: job seekers sign themselves up; clinic owners sign up by naming their clinic,
 * which creates the clinic with them as owner. A new account is signed in at once.
 */
@Controller
class SignupController {

	private final AccountService accounts;

	SignupController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/signup")
	String initSignupForm(@RequestParam(name = "as", defaultValue = "seeker") String as, Model model) {
		model.addAttribute("form", SignupForm.empty());
		model.addAttribute("clinicOwner", "clinic".equals(as));
		return "account/signup";
	}

	@PostMapping("/signup")
	String processSignupForm(@RequestParam(name = "as", defaultValue = "seeker") String as,
			@ModelAttribute("form") SignupForm form, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean clinicOwner = "clinic".equals(as);
		Role role = clinicOwner ? Role.CLINIC_OWNER : Role.JOB_SEEKER;
		TactusUser user;
		try {
			user = this.accounts.signUp(
					new NewAccount(form.username(), form.password(), role, clinicOwner ? form.clinic() : null),
					request.getRemoteAddr());
		}
		catch (SignupLimitedException ex) {
			result.reject("signup.limited", new Object[] { LoginThrottledException.waitText(ex.retryAfterSeconds()) },
					null);
			model.addAttribute("clinicOwner", clinicOwner);
			return "account/signup";
		}
		catch (AccountRejectedException ex) {
			ex.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
			model.addAttribute("clinicOwner", clinicOwner);
			return "account/signup";
		}
		SessionSignIn.signIn(user, request, response);
		redirect.addFlashAttribute("flash", "signup.welcome");
		return "redirect:/";
	}

}
