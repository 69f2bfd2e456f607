package io.tactus.reports.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryTests {

	/**
	 * Six states: four with a median (one tie), CA with a blank median, CO with a
	 * top-coded one.
	 */
	private static Summary sample() {
		return WageStatistics.compute(List.of(
				Rows.state(UsState.AL).median(40_000).locationQuotient(0.5).employment(100).annualMean(42_000).build(),
				Rows.state(UsState.AK).median(50_000).locationQuotient(1.0).employment(300).annualMean(52_000).build(),
				Rows.state(UsState.AZ)
					.median(60_000)
					.locationQuotient(3.0)
					.employment(600)
					.annualMean(Figure.absent(FigureState.WAGE_NOT_AVAILABLE))
					.build(),
				Rows.state(UsState.AR)
					.median(50_000)
					.locationQuotient(2.0)
					.employment(Figure.absent(FigureState.EMPLOYMENT_NOT_AVAILABLE))
					.annualMean(51_000)
					.build(),
				Rows.state(UsState.CA).locationQuotient(1.2).employment(1000).annualMean(45_000).build(),
				Rows.state(UsState.CO)
					.median(Rows.topCoded())
					.locationQuotient(0.8)
					.employment(200)
					.annualMean(Rows.topCoded())
					.build()),
				2025, ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS))
			.summary();
	}

	@Test
	void takesTheMedianOfStateMediansAveragingTheMiddleTwo() {
		Statistic median = sample().medianOfMedians();

		// sorted 40,000 50,000 50,000 60,000: (50,000 + 50,000) / 2
		assertThat(median.value()).hasValue(50_000);
		assertThat(median.used()).isEqualTo(4);
		assertThat(median.leftOut()).isEqualTo(2);
	}

	@Test
	void countsBlankAndTopCodedMediansAsLeftOutWithTheirReasons() {
		Statistic median = sample().medianOfMedians();

		assertThat(median.leftOutStates()).containsExactly(
				new LeftOut(UsState.CA, Map.of(Measure.ANNUAL_MEDIAN, FigureState.BLANK)),
				new LeftOut(UsState.CO, Map.of(Measure.ANNUAL_MEDIAN, FigureState.TOP_CODED)));
	}

	@Test
	void averagesStateMediansWithoutCountingMissingOnesAsZero() {
		// (40,000 + 50,000 + 60,000 + 50,000) / 4 = 50,000 (not 200,000 / 6)
		assertThat(sample().meanOfMedians().value()).hasValue(50_000);
	}

	@Test
	void takesTheSampleStandardDeviationOfStateMedians() {
		// deviations -10,000, 0, 10,000, 0; squares sum to 200,000,000; / (4 - 1) =
		// 66,666,666.67; square root = 8,164.9658
		assertThat(sample().standardDeviationOfMedians().value().getAsDouble()).isCloseTo(8164.965809, within(1e-6));
	}

	@Test
	void weightsMeanWagesByEmploymentOverStatesWithBoth() {
		Statistic weighted = sample().employmentWeightedMeanWage();

		// AL 100 x 42,000 + AK 300 x 52,000 + CA 1,000 x 45,000 = 64,800,000; / 1,400
		// jobs
		// = 46,285.714; AZ (mean *), AR (employment **) and CO (mean #) left out
		assertThat(weighted.value().getAsDouble()).isCloseTo(46_285.714286, within(1e-6));
		assertThat(weighted.used()).isEqualTo(3);
		assertThat(weighted.leftOutStates()).extracting(LeftOut::state)
			.containsExactly(UsState.AZ, UsState.AR, UsState.CO);
		assertThat(weighted.leftOutStates().get(1).reasons()).containsEntry(Measure.EMPLOYMENT,
				FigureState.EMPLOYMENT_NOT_AVAILABLE);
	}

	@Test
	void correlatesMedianWithLocationQuotientByPearson() {
		Statistic pearson = sample().pearsonMedianVsLocationQuotient();

		// pairs (40,000, 0.5) (50,000, 1.0) (60,000, 3.0) (50,000, 2.0); mean x 50,000,
		// mean y 1.625
		// dx -10,000 0 10,000 0; dy -1.125 -0.625 1.375 0.375
		// sum dx dy = 11,250 + 13,750 = 25,000; sum dx^2 = 2e8; sum dy^2 = 3.6875
		// r = 25,000 / sqrt(2e8 x 3.6875) = 25,000 / 27,156.951 = 0.920575
		assertThat(pearson.value().getAsDouble()).isCloseTo(0.920575, within(1e-6));
		assertThat(pearson.used()).isEqualTo(4);
		assertThat(pearson.leftOut()).isEqualTo(2);
	}

	@Test
	void correlatesMedianWithLocationQuotientBySpearmanAveragingTiedRanks() {
		Statistic spearman = sample().spearmanMedianVsLocationQuotient();

		// median ranks AL 1, AK 2.5, AZ 4, AR 2.5 (tie averaged); LQ ranks 1, 2, 4, 3
		// d rank x -1.5 0 1.5 0; d rank y -1.5 -0.5 1.5 0.5
		// sum products 2.25 + 2.25 = 4.5; sums of squares 4.5 and 5
		// rho = 4.5 / sqrt(22.5) = 0.948683
		assertThat(spearman.value().getAsDouble()).isCloseTo(0.948683, within(1e-6));
		assertThat(spearman.used()).isEqualTo(4);
	}

	@Test
	void leavesCorrelationsUnknownWithFewerThanThreePairs() {
		Summary summary = WageStatistics
			.compute(
					List.of(Rows.state(UsState.AL).median(40_000).locationQuotient(0.5).build(),
							Rows.state(UsState.AK).median(50_000).locationQuotient(1.0).build()),
					2025, ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS))
			.summary();

		assertThat(summary.pearsonMedianVsLocationQuotient().value()).isEmpty();
		assertThat(summary.pearsonMedianVsLocationQuotient().used()).isEqualTo(2);
		assertThat(summary.spearmanMedianVsLocationQuotient().value()).isEmpty();
		assertThat(summary.standardDeviationOfMedians().value()).isPresent();
	}

	@Test
	void leavesEveryStatisticUnknownWithoutStates() {
		Summary summary = WageStatistics.compute(List.of(), 2025, ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS))
			.summary();

		assertThat(summary.medianOfMedians().value()).isEmpty();
		assertThat(summary.meanOfMedians().value()).isEmpty();
		assertThat(summary.standardDeviationOfMedians().value()).isEmpty();
		assertThat(summary.employmentWeightedMeanWage().value()).isEmpty();
		assertThat(summary.medianOfMedians().used()).isZero();
	}

	@Test
	void leavesTheStandardDeviationOfASingleMedianUnknown() {
		Summary summary = WageStatistics
			.compute(List.of(Rows.state(UsState.AL).median(40_000).build()), 2025,
					ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS))
			.summary();

		assertThat(summary.medianOfMedians().value()).hasValue(40_000);
		assertThat(summary.standardDeviationOfMedians().value()).isEmpty();
		assertThat(summary.standardDeviationOfMedians().used()).isEqualTo(1);
	}

}
