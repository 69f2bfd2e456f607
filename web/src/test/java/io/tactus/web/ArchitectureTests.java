package io.tactus.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.tactus.core.rulebreaker.CoreRuleBreaker;
import io.tactus.reports.rulebreaker.ReportsRuleBreaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules between the Maven modules: {@code core} and {@code reports} are plain Java
 * (no Spring), {@code core} imports no POI and no database, and dependencies point only
 * from {@code web} to {@code core} and {@code reports}. The borders between the features
 * inside {@code web} are Spring Modulith's ({@link ModularityTests}). Each rule is also
 * checked against classes that break it, so none can pass by matching nothing.
 */
class ArchitectureTests {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.tactus");

	private static final JavaClasses RULE_BREAKERS = new ClassFileImporter().importClasses(CoreRuleBreaker.class,
			ReportsRuleBreaker.class);

	enum Rule {

		CORE_AND_REPORTS_IMPORT_NO_SPRING(noClasses().that()
			.resideInAnyPackage("io.tactus.core..", "io.tactus.reports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.persistence..")),

		CORE_IMPORTS_NO_POI_AND_NO_DATABASE(noClasses().that()
			.resideInAPackage("io.tactus.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.poi..", "java.sql..", "javax.sql..")),

		CORE_DEPENDS_ON_NEITHER_WEB_NOR_REPORTS(noClasses().that()
			.resideInAPackage("io.tactus.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.tactus.web..", "io.tactus.reports..")),

		REPORTS_DEPENDS_ON_NEITHER_WEB_NOR_CORE(noClasses().that()
			.resideInAPackage("io.tactus.reports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.tactus.web..", "io.tactus.core.."));

		private final ArchRule rule;

		Rule(ArchRule rule) {
			this.rule = rule;
		}

	}

	@ParameterizedTest
	@EnumSource(Rule.class)
	void productionCodeKeepsTheRule(Rule rule) {
		rule.rule.check(PRODUCTION);
	}

	@ParameterizedTest
	@EnumSource(Rule.class)
	void ruleFailsOnClassesThatBreakIt(Rule rule) {
		assertThat(rule.rule.evaluate(RULE_BREAKERS).getFailureReport().getDetails())
			.anySatisfy((violation) -> assertThat(violation).contains("RuleBreaker"));
	}

}
