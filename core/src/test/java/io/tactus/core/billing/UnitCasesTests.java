package io.tactus.core.billing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every worked case of {@code billing/cases.json} (copied from the research notes).
 */
class UnitCasesTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	static Stream<Arguments> cases() throws IOException {
		try (InputStream in = UnitCasesTests.class.getResourceAsStream("/billing/cases.json")) {
			JsonNode root = new ObjectMapper().readTree(in);
			List<Arguments> cases = new ArrayList<>();
			for (JsonNode node : root) {
				cases.add(Arguments.of(node.get("id").asString(), node));
			}
			return cases.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void matchesWorkedCase(String id, JsonNode node) {
		UnitRule rule = UnitRule.valueOf(node.get("rule").asString());
		List<ServiceLine> services = new ArrayList<>();
		for (JsonNode service : node.get("services")) {
			String code = service.get("code").asString();
			JsonNode minutes = service.get("minutes");
			services.add((minutes == null || minutes.isNull()) ? ServiceLine.untimed(code)
					: ServiceLine.of(code, minutes.asInt()));
		}
		UnitResult result = ENGINE.units(services, rule);
		assertThat(result.totalUnits()).as(id + " total units").isEqualTo(node.get("expected_total_units").asInt());
		assertThat(result.timedUnits()).as(id + " timed units").isEqualTo(node.get("expected_timed_units").asInt());
		List<Map<String, Integer>> accepted = new ArrayList<>();
		accepted.add(allocation(node.get("expected_units")));
		JsonNode alternatives = node.get("alternatives");
		if (alternatives != null) {
			for (JsonNode alternative : alternatives) {
				accepted.add(allocation(alternative));
			}
		}
		Map<String, Integer> actual = new LinkedHashMap<>();
		for (LineUnits line : result.lines()) {
			actual.put(line.code(), line.units());
		}
		assertThat(accepted).as(id + " allocation " + actual).contains(actual);
		assertThat(result.tieBroken()).as(id + " tie reported").isEqualTo(alternatives != null);
		assertThat(result.explanation()).as(id + " explanation")
			.startsWith(new UnitStep.RuleIntro(rule))
			.endsWith(new UnitStep.Total(result.timedUnits(), result.untimedUnits()));
		assertThat(result.explanation().stream().filter(UnitStep.Tie.class::isInstance)).as(id + " tie step")
			.hasSize(result.tieBroken() ? 1 : 0);
		assertThat(result.lines()).allSatisfy((line) -> assertThat(line.reason().units()).isEqualTo(line.units()));
	}

	private static Map<String, Integer> allocation(JsonNode units) {
		Map<String, Integer> allocation = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : units.properties()) {
			allocation.put(entry.getKey(), entry.getValue().asInt());
		}
		return allocation;
	}

}
