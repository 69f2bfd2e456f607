package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

class QuartileClassesTests {

	private static final ReferenceData NONE = ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS);

	@Test
	void cutsAtInterpolatedQuartilesAndPutsTiesInTheSameClass() {
		StateComparison comparison = WageStatistics.compute(List.of(Rows.state(UsState.AL).median(40_000).build(),
				Rows.state(UsState.AK).median(50_000).build(), Rows.state(UsState.AZ).median(60_000).build(),
				Rows.state(UsState.AR).median(50_000).build(), Rows.state(UsState.CA).build()), 2025, NONE);

		QuartileClasses quartiles = comparison.mapQuartiles();

		// sorted 40,000 50,000 50,000 60,000; type 7: h = (n - 1) p + 1
		// Q1: h = 1.75 -> 40,000 + 0.75 x 10,000 = 47,500
		// Q2: h = 2.5 -> 50,000; Q3: h = 3.25 -> 50,000 + 0.25 x 10,000 = 52,500
		assertThat(quartiles.measure()).isEqualTo(Measure.ANNUAL_MEDIAN);
		assertThat(quartiles.q1()).hasValue(47_500);
		assertThat(quartiles.q2()).hasValue(50_000);
		assertThat(quartiles.q3()).hasValue(52_500);
		assertThat(quartiles.classOf(UsState.AL)).hasValue(1);
		assertThat(quartiles.classOf(UsState.AK)).hasValue(2);
		assertThat(quartiles.classOf(UsState.AR)).hasValue(2);
		assertThat(quartiles.classOf(UsState.AZ)).hasValue(4);
		assertThat(quartiles.classOf(UsState.CA)).isEmpty();
		assertThat(quartiles.used()).isEqualTo(4);
		assertThat(quartiles.leftOut()).isEqualTo(1);
	}

	@Test
	void splitsEightDistinctValuesTwoToAClass() {
		List<WageRow> rows = new ArrayList<>();
		UsState[] states = { UsState.AL, UsState.AK, UsState.AZ, UsState.AR, UsState.CA, UsState.CO, UsState.CT,
				UsState.DE };
		for (int i = 0; i < states.length; i++) {
			rows.add(Rows.state(states[i]).locationQuotient(i + 1).build());
		}

		QuartileClasses quartiles = WageStatistics.compute(rows, 2025, NONE).quartiles(Measure.LOCATION_QUOTIENT);

		// values 1..8: Q1 h = 7 x 0.25 + 1 = 2.75 -> 2.75; Q2 = 4.5; Q3 h = 6.25 -> 6.25
		assertThat(quartiles.q1()).hasValue(2.75);
		assertThat(quartiles.q2()).hasValue(4.5);
		assertThat(quartiles.q3()).hasValue(6.25);
		assertThat(quartiles.classes()).containsEntry(UsState.AL, 1)
			.containsEntry(UsState.AK, 1)
			.containsEntry(UsState.AZ, 2)
			.containsEntry(UsState.AR, 2)
			.containsEntry(UsState.CA, 3)
			.containsEntry(UsState.CO, 3)
			.containsEntry(UsState.CT, 4)
			.containsEntry(UsState.DE, 4);
	}

	@Test
	void drawsNoClassesForFewerThanFourStates() {
		QuartileClasses quartiles = WageStatistics
			.compute(List.of(Rows.state(UsState.AL).median(40_000).build(),
					Rows.state(UsState.AK).median(50_000).build(), Rows.state(UsState.AZ).median(60_000).build()), 2025,
					NONE)
			.mapQuartiles();

		assertThat(quartiles.q1()).isEmpty();
		assertThat(quartiles.classes()).isEmpty();
		assertThat(quartiles.used()).isEqualTo(3);
	}

	@Test
	void drawsTheMapFromTheChosenMeasure() {
		StateComparison comparison = WageStatistics.compute(
				List.of(Rows.state(UsState.AL).employment(10).build(), Rows.state(UsState.AK).employment(20).build(),
						Rows.state(UsState.AZ).employment(30).build(), Rows.state(UsState.AR).employment(40).build()),
				2025, WageStatistics.MASSAGE_THERAPISTS, NONE,
				StatisticsOptions.defaults().withMapMeasure(Measure.EMPLOYMENT));

		assertThat(comparison.mapQuartiles().measure()).isEqualTo(Measure.EMPLOYMENT);
		assertThat(comparison.mapQuartiles().classOf(UsState.AR)).hasValue(4);
	}

}
