package io.tactus.web.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, one per role.
 */
@Controller
class HomeController {

	private final Accounts accounts;

	HomeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal TactusUser user, Model model) {
		user.clinic().flatMap(this.accounts::clinicName).ifPresent((name) -> model.addAttribute("clinicName", name));
		return switch (user.role()) {
			case ADMIN -> "home/admin";
			case CLINIC_OWNER, CLINIC_BILLER, CLINIC_VIEWER -> "home/clinic";
			case JOB_SEEKER -> "home/seeker";
		};
	}

}
