package io.tactus.reports.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OutlierTests {

	@Test
	void marksAlaskasMay2025MedianAsFarFromTheOtherStates() throws Exception {
		StateComparison comparison = WageDistributionTests.may2025();

		Outlier alaska = comparison.state(UsState.AK).orElseThrow().outlier(Measure.ANNUAL_MEDIAN).orElseThrow();
		// 51 medians: median 59,370; MAD 5,830; scaled 5,830 x 1.482602 = 8,643.57;
		// (134,930 - 59,370) / 8,643.57 = 8.7418
		assertThat(alaska.value()).isEqualTo(134_930);
		assertThat(alaska.center()).isEqualTo(59_370);
		assertThat(alaska.scaledMad()).isCloseTo(8_643.57, within(0.01));
		assertThat(alaska.distance()).isCloseTo(8.7418, within(1e-4));
		assertThat(alaska.above()).isTrue();
		assertThat(comparison.states()
			.stream()
			.filter((s) -> s.outlier(Measure.ANNUAL_MEDIAN).isPresent())
			.map((s) -> s.state().postalCode())).containsExactlyInAnyOrder("AK", "WA", "OR", "PR");
		assertThat(comparison.state(UsState.PR).orElseThrow().outlier(Measure.ANNUAL_MEDIAN).orElseThrow().above())
			.isFalse();
		assertThat(comparison.state(UsState.TX).orElseThrow().outliers()).isEmpty();
	}

	@Test
	void marksNothingAmongTooFewStatesOrWithoutSpread() {
		List<io.tactus.reports.oews.WageRow> few = List.of(Rows.state(UsState.AL).median(40_000).build(),
				Rows.state(UsState.AK).median(41_000).build(), Rows.state(UsState.AZ).median(42_000).build(),
				Rows.state(UsState.AR).median(400_000).build());
		StateComparison comparison = WageStatistics.compute(few, 2025,
				ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS));

		assertThat(comparison.states()).allSatisfy((s) -> assertThat(s.outliers()).isEmpty());
	}

}
