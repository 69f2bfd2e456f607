package io.tactus.reports.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Year over year on the real files: May 2019 means (top 20 states), May 2023 means (all
 * areas) and May 2025 percentiles (no means).
 */
class RealYearOverYearTests {

	private static final List<YearOverYear> CHANGES = YearOverYear.consecutive(
			Map.of(2019, OewsSamples.rows(OewsSamples.MAY_2019_MEANS), 2023,
					OewsSamples.rows(OewsSamples.MAY_2023_MEANS), 2025, OewsSamples.may2025()),
			WageStatistics.MASSAGE_THERAPISTS);

	@Test
	void comparesMeansOfTheStatesInBoth2019And2023() {
		YearOverYear period = CHANGES.get(0);

		// Alaska 77,080 -> 100,670: +23,590, +30.6046%
		WageChange alaska = period.forState(UsState.AK).orElseThrow();
		assertThat(alaska.mean().absolute()).hasValue(23_590);
		assertThat(alaska.mean().percent().getAsDouble()).isCloseTo(30.604567, within(1e-6));
		// 20 states in 2019, Hawaii's 2023 mean is *: 19 used; 53 areas in either year
		assertThat(period.meanUsed()).isEqualTo(19);
		assertThat(period.meanLeftOut()).isEqualTo(34);
		assertThat(period.forState(UsState.HI).orElseThrow().mean().from()).hasValue(59_770);
		assertThat(period.forState(UsState.HI).orElseThrow().mean().absolute()).isEmpty();
	}

	@Test
	void findsNothingToCompareBetween2023MeansAnd2025Percentiles() {
		YearOverYear period = CHANGES.get(1);

		assertThat(period.fromYear()).isEqualTo(2023);
		assertThat(period.meanUsed()).isZero();
		assertThat(period.medianUsed()).isZero();
		assertThat(period.changes()).hasSize(53);
	}

}
