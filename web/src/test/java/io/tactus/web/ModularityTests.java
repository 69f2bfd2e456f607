package io.tactus.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.tactus.TactusApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages of {@code web} are Spring Modulith application modules (each
 * {@code package-info.java} says {@code @ApplicationModule}): no cycles between them, and
 * none reaches into another's internals. The module diagrams in {@code docs/modules/} are
 * generated here (into {@code web/target/spring-modulith-docs/}) and must say what the
 * code says: when a dependency between modules changes, copy the new ones there.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(TactusApplication.class);

	/** Where the build writes the diagrams. */
	private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

	/** The committed copy, at the repository's root. */
	private static final Path COMMITTED = Path.of("..", "docs", "modules");

	@Test
	void featuresAreTheApplicationModules() {
		assertThat(MODULES.stream().map((module) -> module.getBasePackage().getName())).containsExactlyInAnyOrder(
				"io.tactus.web.account", "io.tactus.web.billing", "io.tactus.web.clinic", "io.tactus.web.datasets",
				"io.tactus.web.demo", "io.tactus.web.system", "io.tactus.web.wages");
	}

	@Test
	void modulesKeepTheirBorders() {
		MODULES.verify();
	}

	@Test
	void committedModuleDiagramsMatchTheCode() throws IOException {
		new Documenter(MODULES, GENERATED.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(diagrams(COMMITTED)).as("docs/modules/ is stale: copy web/target/spring-modulith-docs/*.puml there")
			.isEqualTo(diagrams(GENERATED));
	}

	/**
	 * Each diagram's lines, sorted: the Documenter lists modules and relations in an
	 * order that can change from run to run, so only their content counts.
	 */
	private static Map<String, List<String>> diagrams(Path folder) throws IOException {
		Map<String, List<String>> diagrams = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
					diagrams.put(file.getFileName().toString(), Files.readAllLines(file).stream().sorted().toList());
				}
			}
		}
		return diagrams;
	}

}
