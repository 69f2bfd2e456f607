package io.tactus.web.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, one per role; clinic users are sent to their clinic's dashboard.
 */
@Controller
class HomeController {

	/** Where clinic users start (the clinic feature's dashboard). */
	static final String CLINIC_HOME = "redirect:/clinic/dashboard";

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal TactusUser user) {
		return switch (user.role()) {
			case ADMIN -> "home/admin";
			case JOB_SEEKER -> "home/seeker";
			// every other role works in a clinic
			default -> CLINIC_HOME;
		};
	}

}
