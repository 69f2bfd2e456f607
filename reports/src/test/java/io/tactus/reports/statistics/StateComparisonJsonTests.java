package io.tactus.reports.statistics;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web serialises the comparison to JSON: numbers at full precision, unknowns as null.
 */
class StateComparisonJsonTests {

	@Test
	void serialisesUnknownFiguresAsNullAndNumbersInFull() {
		StateComparison comparison = WageStatistics.compute(OewsSamples.may2025(), 2025, ReferenceData.load());

		JsonNode json = JsonMapper.builder().build().valueToTree(comparison);

		JsonNode alaska = json.get("states").get(0);
		assertThat(alaska.get("state").asString()).isEqualTo("AK");
		assertThat(alaska.get("annualMedian").asDouble()).isEqualTo(134_930);
		assertThat(alaska.get("medianRank").asInt()).isEqualTo(1);
		assertThat(alaska.get("annualMean").isNull()).isTrue();
		assertThat(json.get("summary").get("employmentWeightedMeanWage").get("value").isNull()).isTrue();
		assertThat(json.get("summary").get("meanOfMedians").get("value").asDouble())
			.isEqualTo(comparison.summary().meanOfMedians().value().getAsDouble());
	}

}
