package io.tactus.web.account;

import io.tactus.web.system.LoginThrottledException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin(Authentication authentication, @RequestParam(name = "wait", required = false) String wait,
			Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (wait != null && wait.matches("[0-9]{1,6}")) {
			model.addAttribute("wait", LoginThrottledException.waitText(Long.parseLong(wait)));
		}
		return "account/login";
	}

}
