package io.tactus.core.rulebreaker;

import java.sql.Connection;

import io.tactus.reports.oews.WageRow;
import io.tactus.web.system.Role;
import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.util.StringUtils;

/**
 * Breaks every rule for {@code core} on purpose, so that {@code ArchitectureTests} can
 * show each rule fails; a test class, never imported with the production classes.
 */
public final class CoreRuleBreaker {

	private CoreRuleBreaker() {
	}

	static boolean springPoiSqlWebAndReports(Workbook workbook, Connection connection, WageRow row, Role role) {
		return StringUtils.hasText(role.name()) && workbook != null && connection != null && row != null;
	}

}
