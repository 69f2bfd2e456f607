package io.tactus.web.system;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page for admins: who did what, when, to which account or file.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@Bean
	static NavigationItem auditNavigation() {
		return new NavigationItem("/admin/audit", "nav.audit", Set.of(Role.ADMIN), 95);
	}

	@GetMapping("/admin/audit")
	String showAudit(@RequestParam(required = false) String page, Model model) {
		int current = PageNumber.of(page);
		var events = this.audit.newest(PAGE_SIZE + 1, current * PAGE_SIZE);
		model.addAttribute("events", events.subList(0, Math.min(PAGE_SIZE, events.size())));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", events.size() > PAGE_SIZE);
		return "admin/audit";
	}

}
