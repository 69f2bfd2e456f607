package io.tactus.reports.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class YearOverYearTests {

	private static final List<WageRow> Y2023 = List.of(Rows.state(UsState.AL).annualMean(40_000).median(38_000).build(),
			Rows.state(UsState.AK).annualMean(100_000).build(),
			Rows.state(UsState.DE).annualMean(Rows.notAvailable()).build());

	private static final List<WageRow> Y2025 = List.of(Rows.state(UsState.AL).annualMean(44_000).median(41_800).build(),
			Rows.state(UsState.AK).annualMean(95_000).build(), Rows.state(UsState.DE).annualMean(60_000).build(),
			Rows.state(UsState.AZ).annualMean(68_000).build());

	@Test
	void computesAbsoluteAndPercentChangesWhereBothYearsHaveTheFigure() {
		YearOverYear change = YearOverYear.between(2023, Y2023, 2025, Y2025, WageStatistics.MASSAGE_THERAPISTS);

		// AL mean 40,000 -> 44,000: +4,000, +10%; median 38,000 -> 41,800: +3,800, +10%
		WageChange alabama = change.forState(UsState.AL).orElseThrow();
		assertThat(alabama.mean().absolute()).hasValue(4_000);
		assertThat(alabama.mean().percent().getAsDouble()).isCloseTo(10, within(1e-9));
		assertThat(alabama.median().absolute()).hasValue(3_800);
		assertThat(alabama.median().percent().getAsDouble()).isCloseTo(10, within(1e-9));
		// AK mean 100,000 -> 95,000: -5,000, -5%
		WageChange alaska = change.forState(UsState.AK).orElseThrow();
		assertThat(alaska.mean().absolute()).hasValue(-5_000);
		assertThat(alaska.mean().percent().getAsDouble()).isCloseTo(-5, within(1e-9));
	}

	@Test
	void countsStatesMissingAFigureInEitherYearAsLeftOut() {
		YearOverYear change = YearOverYear.between(2023, Y2023, 2025, Y2025, WageStatistics.MASSAGE_THERAPISTS);

		// means: AL and AK in both; DE (* in 2023) and AZ (absent in 2023) left out
		assertThat(change.meanUsed()).isEqualTo(2);
		assertThat(change.meanLeftOut()).isEqualTo(2);
		assertThat(change.medianUsed()).isEqualTo(1);
		assertThat(change.medianLeftOut()).isEqualTo(3);
		WageChange delaware = change.forState(UsState.DE).orElseThrow();
		assertThat(delaware.mean().from()).isEmpty();
		assertThat(delaware.mean().to()).hasValue(60_000);
		assertThat(delaware.mean().absolute()).isEmpty();
		assertThat(change.forState(UsState.AZ).orElseThrow().mean().percent()).isEmpty();
	}

	@Test
	void comparesEachYearWithTheNextOnePresent() {
		List<WageRow> y2019 = List.of(Rows.state(UsState.AK).annualMean(77_080).build());

		List<YearOverYear> changes = YearOverYear.consecutive(Map.of(2025, Y2025, 2019, y2019, 2023, Y2023),
				WageStatistics.MASSAGE_THERAPISTS);

		assertThat(changes).extracting(YearOverYear::fromYear).containsExactly(2019, 2023);
		assertThat(changes).extracting(YearOverYear::toYear).containsExactly(2023, 2025);
		// AK 77,080 -> 100,000: +22,920
		assertThat(changes.get(0).forState(UsState.AK).orElseThrow().mean().absolute()).hasValue(22_920);
	}

}
