package io.tactus.web.billing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitResult;
import io.tactus.core.billing.UnitRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit explanation steps read as they did when core wrote them in English.
 */
class BillingTextStepsTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private final BillingText text = new BillingText(new BillingBundle());

	private List<String> steps(UnitRule rule, ServiceLine... lines) {
		return this.text.steps(ENGINE.units(List.of(lines), rule), Locale.US);
	}

	@Test
	void wordsEveryStepOfEveryWorkedCase() throws IOException {
		List<String> rendered = new ArrayList<>();
		try (InputStream in = Files.newInputStream(Path.of("../core/src/test/resources/billing/cases.json"))) {
			for (JsonNode node : new ObjectMapper().readTree(in)) {
				List<ServiceLine> services = new ArrayList<>();
				for (JsonNode service : node.get("services")) {
					JsonNode minutes = service.get("minutes");
					String code = service.get("code").asString();
					services.add((minutes == null || minutes.isNull()) ? ServiceLine.untimed(code)
							: ServiceLine.of(code, minutes.asInt()));
				}
				for (UnitRule rule : UnitRule.values()) {
					UnitResult result = ENGINE.units(services, rule);
					List<String> steps = this.text.steps(result, Locale.US);
					assertThat(steps).as(node.get("id").asString()).hasSameSizeAs(result.explanation());
					rendered.addAll(steps);
				}
			}
		}
		assertThat(rendered).hasSizeGreaterThan(100)
			.allSatisfy((step) -> assertThat(step).isNotBlank()
				.doesNotContain("{", "}", "billing.step", "''")
				.endsWith("."));
	}

	@Test
	void wordsTheCmsStepsWithPooledMinutesAndLeftovers() {
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97112", 24), ServiceLine.of("97110", 23))).containsExactly(
				"CMS 8-minute rule: the timed minutes of the day are pooled and the chart gives the total units.",
				"Timed minutes: 97112 24 + 97110 23 = 47.",
				"47 timed minutes \u2192 3 units (chart: 38\u201352 minutes).",
				"Full 15-minute units: 97112 (24 min) keeps 1 and 97110 (23 min) keeps 1.",
				"1 unit left to give. Leftover minutes: 97112 9, 97110 8: the third unit goes to 97112.",
				"Total: 3 units.");
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97110", 5), ServiceLine.of("97140", 2))).containsExactly(
				"CMS 8-minute rule: the timed minutes of the day are pooled and the chart gives the total units.",
				"Timed minutes: 97110 5 + 97140 2 = 7.",
				"7 timed minutes \u2192 0 units: under 8 minutes there is nothing to bill.", "Total: 0 units.");
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97110", 30), ServiceLine.of("97140", 30)))
			.contains("Full 15-minute units: 97110 (30 min) keeps 2 and 97140 (30 min) keeps 2.");
	}

	@Test
	void wordsTiesWithOrdinalsAndPlurals() {
		assertThat(
				steps(UnitRule.CMS, ServiceLine.of("97140", 8), ServiceLine.of("97110", 8), ServiceLine.of("97112", 8)))
			.contains("No code reached 15 minutes, so no code keeps a full unit.",
					"2 units left to give. Leftover minutes: 97140 8, 97110 8, 97112 8: the first and second units go "
							+ "to 97140 and 97110.",
					"Tie: 97140, 97110 and 97112 each have 8 leftover minutes for 2 units. They went to the 2 codes "
							+ "entered first; any 2 of them could have taken them.");
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97112", 20), ServiceLine.of("97110", 20)))
			.contains("Tie: 97112 and 97110 each have 5 leftover minutes for 1 unit. It went to the code entered "
					+ "first; any of them could have taken it.");
	}

	@Test
	void wordsTheAmaStepsAndUntimedCodes() {
		assertThat(steps(UnitRule.AMA, ServiceLine.untimed("97010"), ServiceLine.untimed("97014"),
				ServiceLine.of("97110", 40), ServiceLine.of("97140", 5)))
			.containsExactly(
					"AMA midpoint rule: each timed code counts on its own; 8 minutes earn its first unit, 23 the "
							+ "second, 38 the third, and so on. Minutes are never pooled.",
					"97110: 40 min \u2192 3 units.", "97140: 5 min \u2192 0 units (under 8 minutes).",
					"Timed: 45 minutes \u2192 3 units.",
					"Untimed: 97010 and 97014 count each 1 unit; untimed minutes never count as timed minutes.",
					"Total: 3 timed + 2 untimed = 5 units.");
		assertThat(steps(UnitRule.CMS,
				new ServiceLine("97010", OptionalInt.of(20), Set.of(), Optional.empty(), OptionalInt.empty()),
				ServiceLine.of("97110", 7)))
			.contains("Untimed: 97010 counts 1 unit; untimed minutes never count as timed minutes.",
					"Total: 0 timed + 1 untimed = 1 unit.");
	}

	@Test
	void wordsMergedLinesAndCodesTakenAsEntered() {
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97110", 23), ServiceLine.of("97140", 30),
				ServiceLine.of("97110", 13)))
			.contains("97110 was entered on 2 lines; their minutes were added together and counted as one code.");
		assertThat(steps(UnitRule.CMS, ServiceLine.of("97546", 120).withBilledUnits(2)))
			.contains("Not 15-minute codes, units as entered: 97546 2 units.");
	}

	@Test
	void namesOrdinalsByWordThenByNumber() {
		UnitStepText.WordLists words = new UnitStepText.WordLists(new BillingBundle());
		assertThat(List.of(1, 3, 12, 13, 21, 22, 23, 111, 112).stream().map((n) -> words.ordinal(n, Locale.US)))
			.containsExactly("first", "third", "twelfth", "13th", "21st", "22nd", "23rd", "111th", "112th");
		assertThat(words.and(List.of("a"), Locale.US)).isEqualTo("a");
		assertThat(words.and(List.of("a", "b", "c"), Locale.US)).isEqualTo("a, b and c");
	}

}
