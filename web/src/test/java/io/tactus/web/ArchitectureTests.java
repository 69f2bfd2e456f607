package io.tactus.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules: {@code core} and {@code reports} are plain Java (no Spring),
 * {@code core} imports no POI, and dependencies point only from {@code web} to
 * {@code core} and {@code reports}.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.tactus");

	@Test
	void coreAndReportsImportNoSpring() {
		noClasses().that()
			.resideInAnyPackage("io.tactus.core..", "io.tactus.reports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.persistence..")
			.check(CLASSES);
	}

	@Test
	void coreImportsNoPoiAndNoDatabase() {
		noClasses().that()
			.resideInAPackage("io.tactus.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.poi..", "java.sql..", "javax.sql..")
			.check(CLASSES);
	}

	@Test
	void coreAndReportsDoNotDependOnWebOrEachOther() {
		noClasses().that()
			.resideInAPackage("io.tactus.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.tactus.web..", "io.tactus.reports..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("io.tactus.reports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.tactus.web..", "io.tactus.core..")
			.check(CLASSES);
	}

}
