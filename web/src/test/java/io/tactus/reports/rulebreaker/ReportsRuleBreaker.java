package io.tactus.reports.rulebreaker;

import io.tactus.core.billing.ServiceLine;
import io.tactus.web.system.Role;

import org.springframework.util.StringUtils;

/**
 * Breaks every rule for {@code reports} on purpose, so that {@code ArchitectureTests} can
 * show each rule fails; a test class, never imported with the production classes.
 */
public final class ReportsRuleBreaker {

	private ReportsRuleBreaker() {
	}

	static boolean springWebAndCore(ServiceLine line, Role role) {
		return StringUtils.hasText(role.name()) && line != null;
	}

}
