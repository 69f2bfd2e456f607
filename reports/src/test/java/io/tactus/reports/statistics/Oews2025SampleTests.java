package io.tactus.reports.statistics;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics on the real May 2025 state figures for massage therapists, with the
 * bundled reference data. Expected values were computed from the CSV by a separate
 * script.
 */
class Oews2025SampleTests {

	private static final StateComparison COMPARISON = WageStatistics.compute(OewsSamples.may2025(), 2025,
			ReferenceData.load());

	@Test
	void includesEveryStateRowOfTheExtract() {
		// 50 states + DC + Puerto Rico
		assertThat(COMPARISON.states()).hasSize(52);
		assertThat(COMPARISON.national()).isPresent();
		assertThat(COMPARISON.occupationCode()).isEqualTo("31-9011");
	}

	@Test
	void ranksAlaskaFirstByMedianThenWashingtonAndOregon() {
		assertThat(COMPARISON.states().subList(0, 3)).extracting(StateStatistics::state)
			.containsExactly(UsState.AK, UsState.WA, UsState.OR);
		StateStatistics alaska = COMPARISON.state(UsState.AK).orElseThrow();
		assertThat(alaska.medianRank()).hasValue(1);
		// 134,930 - 58,450 (national median)
		assertThat(alaska.medianVsNational()).hasValue(76_480);
		assertThat(COMPARISON.state(UsState.PR).orElseThrow().medianRank()).hasValue(51);
	}

	@Test
	void countsVermontsBlankRowAsLeftOutNeverAsZero() {
		Summary summary = COMPARISON.summary();

		assertThat(summary.medianOfMedians().used()).isEqualTo(51);
		assertThat(summary.medianOfMedians().leftOut()).isEqualTo(1);
		assertThat(summary.medianOfMedians().leftOutStates()).singleElement()
			.satisfies((left) -> assertThat(left.state()).isEqualTo(UsState.VT))
			.satisfies((left) -> assertThat(left.reasons()).containsEntry(Measure.ANNUAL_MEDIAN, FigureState.BLANK));
		// 51 medians: middle value 59,370 (Texas); mean 59,661.57; sd 16,314.37
		assertThat(summary.medianOfMedians().value()).hasValue(59_370);
		assertThat(summary.meanOfMedians().value().getAsDouble()).isCloseTo(59_661.568627, within(1e-5));
		assertThat(summary.standardDeviationOfMedians().value().getAsDouble()).isCloseTo(16_314.372973, within(1e-5));
		StateStatistics vermont = COMPARISON.state(UsState.VT).orElseThrow();
		assertThat(vermont.medianRank()).isEmpty();
		assertThat(vermont.reliability().missing()).containsExactly(Measure.values());
	}

	@Test
	void leavesTheWeightedMeanUnknownBecauseTheExtractHasNoMeanWages() {
		Statistic weighted = COMPARISON.summary().employmentWeightedMeanWage();

		assertThat(weighted.value()).isEmpty();
		assertThat(weighted.used()).isZero();
		assertThat(weighted.leftOut()).isEqualTo(52);
	}

	@Test
	void correlatesMedianWithLocationQuotientOverFiftyOneStates() {
		Summary summary = COMPARISON.summary();

		assertThat(summary.pearsonMedianVsLocationQuotient().value().getAsDouble()).isCloseTo(0.599448, within(1e-6));
		assertThat(summary.spearmanMedianVsLocationQuotient().value().getAsDouble()).isCloseTo(0.435589, within(1e-6));
		assertThat(summary.pearsonMedianVsLocationQuotient().used()).isEqualTo(51);
	}

	@Test
	void marksSmallStatesAndRhodeIslandsCollapsedPercentilesAsThin() {
		assertThat(COMPARISON.state(UsState.RI).orElseThrow().reliability().thinSample())
			.containsExactly(ThinSample.FEW_JOBS, ThinSample.COLLAPSED_PERCENTILES);
		// employment under 300: DE DC ID MS MT NE NH ND RI SD WV WY PR
		assertThat(COMPARISON.states()
			.stream()
			.filter((s) -> s.reliability().thinSample().contains(ThinSample.FEW_JOBS))
			.count()).isEqualTo(13);
		assertThat(COMPARISON.state(UsState.CA).orElseThrow().reliability().hasThinSample()).isFalse();
	}

	@Test
	void scoresDemandOnLocationQuotientForAllAndGrowthWhereProjected() {
		DemandRanking demand = COMPARISON.demand();

		// growth: CO, MN, NV, TX; openings only NV and TX (too few to standardise)
		assertThat(demand.scales().get(2).used()).isEqualTo(4);
		assertThat(demand.scales().get(2).standardised()).isTrue();
		assertThat(demand.scales().get(3).used()).isEqualTo(2);
		assertThat(demand.scales().get(3).standardised()).isFalse();
		assertThat(demand.forState(UsState.CO).orElseThrow().componentsUsed()).isEqualTo(2);
		assertThat(demand.forState(UsState.HI).orElseThrow().componentsUsed()).isEqualTo(1);
		assertThat(demand.forState(UsState.VT).orElseThrow().score()).isEmpty();
	}

	@Test
	void adjustsForPricesExceptWherePricesOrMediansAreMissing() {
		CostOfLiving costOfLiving = COMPARISON.costOfLiving();

		// Puerto Rico has no parity, Vermont no median
		assertThat(costOfLiving.used()).isEqualTo(50);
		assertThat(costOfLiving.leftOut()).isEqualTo(2);
		assertThat(costOfLiving.rppYear()).hasValue(2024);
		// 134,930 / 1.02359 = 131,820.36; Oregon 86,970 / 1.03362 rises to 2nd,
		// Washington
		// falls
		assertThat(costOfLiving.rows().get(0).adjustedMedian().getAsDouble()).isCloseTo(131_820.357760, within(1e-5));
		assertThat(costOfLiving.forState(UsState.OR).orElseThrow().adjustedRank()).hasValue(2);
		assertThat(costOfLiving.forState(UsState.WA).orElseThrow().rankChange().getAsInt()).isNegative();
	}

	@Test
	void fitsAWageModelToEveryStateWithPercentiles() {
		assertThat(COMPARISON.states().stream().filter((s) -> s.model().isPresent()).count()).isEqualTo(51);
		WageModel texas = COMPARISON.state(UsState.TX).orElseThrow().model().orElseThrow();
		assertThat(texas.median()).isCloseTo(59_370, within(59_370 * 0.1));
		// Alaska's 25th percentile (104,000) is far from a log-normal shape: R^2 0.72
		WageModel alaska = COMPARISON.state(UsState.AK).orElseThrow().model().orElseThrow();
		assertThat(alaska.rSquared()).isCloseTo(0.720259, within(1e-6));
		assertThat(alaska.isGoodFit()).isFalse();
	}

	@Test
	void givesEachStateAMapQuartile() {
		assertThat(COMPARISON.mapQuartiles().used()).isEqualTo(51);
		assertThat(COMPARISON.mapQuartiles().classOf(UsState.AK)).hasValue(4);
		assertThat(COMPARISON.mapQuartiles().classOf(UsState.PR)).hasValue(1);
	}

}
