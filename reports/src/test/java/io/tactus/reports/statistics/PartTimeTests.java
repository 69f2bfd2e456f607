package io.tactus.reports.statistics;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartTimeTests {

	private static StateStatistics florida() {
		return WageStatistics.compute(List.of(Rows.state(UsState.FL)
			.percentiles(Figure.blank(), Figure.of(40_000), Figure.of(52_000), Figure.of(60_000), Rows.topCoded())
			.build()), 2025, ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS)).states().get(0);
	}

	@Test
	void proratesEachPercentileToTwentyTwentyFiveAndThirtyHours() {
		List<PartTimeWages> weeks = PartTime.of(florida());

		// 52,000 x 20 / 40 = 26,000; x 25 / 40 = 32,500; x 30 / 40 = 39,000
		assertThat(weeks).extracting(PartTimeWages::hoursPerWeek).containsExactly(20, 25, 30);
		assertThat(weeks).extracting((w) -> w.annualMedian().getAsDouble())
			.containsExactly(26_000.0, 32_500.0, 39_000.0);
		// 40,000 x 20 / 40 = 20,000; 60,000 x 30 / 40 = 45,000
		assertThat(weeks.get(0).annualP25()).hasValue(20_000);
		assertThat(weeks.get(2).annualP75()).hasValue(45_000);
	}

	@Test
	void keepsMissingAndTopCodedPercentilesUnknown() {
		PartTimeWages twenty = PartTime.of(florida()).get(0);

		assertThat(twenty.annualP10()).isEmpty();
		assertThat(twenty.annualP90()).isEmpty();
	}

	@Test
	void rejectsHoursOutsideOneToForty() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartTime.prorate(OptionalDouble.of(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> PartTime.prorate(OptionalDouble.of(1), 41));
		assertThat(PartTime.prorate(OptionalDouble.of(52_000), 40)).hasValue(52_000);
	}

	@Test
	void carriesTheCaveatsAboutSelfEmploymentAndTips() {
		assertThat(PartTime.CAVEATS).containsExactly(PartTime.PRORATED, PartTime.EXCLUDES_SELF_EMPLOYED,
				PartTime.EXCLUDES_TIPS);
		assertThat(PartTime.EXCLUDES_SELF_EMPLOYED).containsIgnoringCase("self-employed");
		assertThat(PartTime.EXCLUDES_TIPS).containsIgnoringCase("tips");
	}

}
