package io.tactus.reports.statistics;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The statistics use only the wage-table model of {@code oews} (never its reader), and
 * the reference data know nothing of the statistics.
 */
class StatisticsArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.tactus.reports");

	@Test
	void statisticsUseOnlyTheWageTableModel() {
		noClasses().that()
			.resideInAnyPackage("io.tactus.reports.statistics..", "io.tactus.reports.reference..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.tactus.reports.oews..").and(not(
					belongToAnyOf(WageRow.class, Figure.class, FigureState.class, Percentiles.class, UsState.class))))
			.check(CLASSES);
	}

	@Test
	void referenceDataDoNotDependOnStatistics() {
		noClasses().that()
			.resideInAPackage("io.tactus.reports.reference..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.tactus.reports.statistics..")
			.check(CLASSES);
	}

	@Test
	void statisticsDoNotReadSpreadsheets() {
		noClasses().that()
			.resideInAnyPackage("io.tactus.reports.statistics..", "io.tactus.reports.reference..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.poi..")
			.check(CLASSES);
	}

}
