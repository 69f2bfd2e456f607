package io.tactus.reports.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class StateStatisticsTests {

	private static final ReferenceData NONE = ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS);

	private static StateComparison compute(WageRow... rows) {
		return WageStatistics.compute(List.of(rows), 2025, NONE);
	}

	@Test
	void copiesThePublishedFiguresOfTheStateRow() {
		StateComparison comparison = compute(Rows.state(UsState.OR)
			.employment(2250)
			.jobsPer1000(1.1)
			.locationQuotient(1.8)
			.hourlyMean(41.5)
			.annualMean(86_320)
			.percentiles(47_270, 66_130, 86_970, 96_870, 103_630)
			.build());

		StateStatistics oregon = comparison.state(UsState.OR).orElseThrow();
		assertThat(oregon.areaTitle()).isEqualTo("Oregon");
		assertThat(oregon.employment()).hasValue(2250);
		assertThat(oregon.jobsPer1000()).hasValue(1.1);
		assertThat(oregon.locationQuotient()).hasValue(1.8);
		assertThat(oregon.hourlyMean()).hasValue(41.5);
		assertThat(oregon.annualMean()).hasValue(86_320);
		assertThat(oregon.annualP10()).hasValue(47_270);
		assertThat(oregon.annualP25()).hasValue(66_130);
		assertThat(oregon.annualMedian()).hasValue(86_970);
		assertThat(oregon.annualP75()).hasValue(96_870);
		assertThat(oregon.annualP90()).hasValue(103_630);
		assertThat(oregon.reliability().unavailable()).isEmpty();
		assertThat(comparison.occupationTitle()).isEqualTo("Massage Therapists");
	}

	@Test
	void computesPaySpreadAsInterquartileRangeAndDecileRatio() {
		StateStatistics oregon = compute(
				Rows.state(UsState.OR).employment(2250).percentiles(47_270, 66_130, 86_970, 96_870, 103_630).build())
			.state(UsState.OR)
			.orElseThrow();

		// 96,870 - 66,130 = 30,740; 103,630 / 47,270 = 2.192299...
		assertThat(oregon.interquartileRange()).hasValue(30_740);
		assertThat(oregon.p90ToP10Ratio().getAsDouble()).isCloseTo(2.192299556, within(1e-9));
	}

	@Test
	void ranksByMedianWithTiesSharingARankAndUnrankedStatesLast() {
		StateComparison comparison = compute(Rows.state(UsState.AL).median(40_000).build(),
				Rows.state(UsState.AK).median(50_000).build(), Rows.state(UsState.AZ).median(60_000).build(),
				Rows.state(UsState.AR).median(50_000).build(), Rows.state(UsState.CA).build(),
				Rows.state(UsState.CO).median(Rows.topCoded()).build());

		// 60,000 (AZ) > 50,000 (AK) = 50,000 (AR) > 40,000 (AL); CA blank and CO
		// top-coded
		// are not ranked
		assertThat(comparison.states()).extracting(StateStatistics::state)
			.containsExactly(UsState.AZ, UsState.AK, UsState.AR, UsState.AL, UsState.CA, UsState.CO);
		assertThat(comparison.states()).extracting((s) -> s.medianRank().orElse(0)).containsExactly(1, 2, 2, 4, 0, 0);
	}

	@Test
	void comparesWithTheNationalRowWhenTheDatasetHasOne() {
		StateComparison comparison = compute(Rows.national().annualMean(63_830).median(58_450).build(),
				Rows.state(UsState.WA).annualMean(90_000).median(87_360).build());

		StateStatistics washington = comparison.state(UsState.WA).orElseThrow();
		// 87,360 - 58,450 = 28,910; 28,910 / 58,450 = 49.461077%; 90,000 - 63,830 =
		// 26,170
		assertThat(washington.medianVsNational()).hasValue(28_910);
		assertThat(washington.medianVsNationalPercent().getAsDouble()).isCloseTo(49.461078, within(1e-6));
		assertThat(washington.meanVsNational()).hasValue(26_170);
		assertThat(comparison.national().orElseThrow().annualMedian()).hasValue(58_450);
		assertThat(comparison.states()).hasSize(1);
	}

	@Test
	void leavesTheNationalDifferenceUnknownWithoutANationalRow() {
		StateStatistics washington = compute(Rows.state(UsState.WA).median(87_360).build()).state(UsState.WA)
			.orElseThrow();

		assertThat(washington.medianVsNational()).isEmpty();
		assertThat(washington.medianVsNationalPercent()).isEmpty();
	}

	@Test
	void marksTopCodedAndMissingFiguresWithTheirReasons() {
		StateStatistics hawaii = compute(Rows.state(UsState.HI)
			.employment(1330)
			.annualMean(Rows.notAvailable())
			.percentiles(Figure.of(36_660), Figure.of(57_390), Figure.of(81_280), Rows.topCoded(), Rows.topCoded())
			.build()).state(UsState.HI).orElseThrow();

		assertThat(hawaii.reliability().topCoded()).containsExactly(Measure.ANNUAL_P75, Measure.ANNUAL_P90);
		assertThat(hawaii.reliability().missing()).containsExactly(Measure.JOBS_PER_1000, Measure.LOCATION_QUOTIENT,
				Measure.HOURLY_MEAN, Measure.ANNUAL_MEAN);
		assertThat(hawaii.reliability().reason(Measure.ANNUAL_MEAN)).contains(FigureState.WAGE_NOT_AVAILABLE);
		assertThat(hawaii.annualP90()).isEmpty();
		assertThat(hawaii.interquartileRange()).isEmpty();
		assertThat(hawaii.p90ToP10Ratio()).isEmpty();
	}

	@Test
	void marksAThinSampleByErrorEmploymentAndCollapsedPercentiles() {
		StateStatistics rhodeIsland = compute(Rows.state(UsState.RI)
			.employment(290)
			.employmentRse(35.2)
			.meanRse(30.1)
			.percentiles(43_480, 43_480, 74_960, 126_150, 126_150)
			.build()).state(UsState.RI).orElseThrow();

		assertThat(rhodeIsland.reliability().thinSample()).containsExactly(ThinSample.EMPLOYMENT_ERROR_HIGH,
				ThinSample.MEAN_WAGE_ERROR_HIGH, ThinSample.FEW_JOBS, ThinSample.COLLAPSED_PERCENTILES);
		assertThat(rhodeIsland.reliability().hasThinSample()).isTrue();
	}

	@Test
	void doesNotMarkASampleAtTheThresholdsAsThin() {
		StateStatistics texas = compute(Rows.state(UsState.TX)
			.employment(300)
			.employmentRse(30)
			.meanRse(30)
			.percentiles(34_870, 50_400, 59_370, 73_910, 109_970)
			.build()).state(UsState.TX).orElseThrow();

		assertThat(texas.reliability().thinSample()).isEmpty();
	}

	@Test
	void appliesOtherThinSampleThresholds() {
		WageRow texas = Rows.state(UsState.TX).employment(8630).employmentRse(12).build();
		StatisticsOptions options = StatisticsOptions.defaults().withReliabilityRules(new ReliabilityRules(10, 10_000));

		StateStatistics statistics = WageStatistics
			.compute(List.of(texas), 2025, WageStatistics.MASSAGE_THERAPISTS, NONE, options)
			.state(UsState.TX)
			.orElseThrow();

		assertThat(statistics.reliability().thinSample()).containsExactly(ThinSample.EMPLOYMENT_ERROR_HIGH,
				ThinSample.FEW_JOBS);
	}

	@Test
	void usesOnlyStateTotalRowsOfTheOccupation() {
		StateComparison comparison = compute(Rows.state(UsState.NV).median(53_540).build(),
				Rows.state(UsState.NV).occupation("29-1123").median(99_000).sourceRow(3).build(),
				Rows.state(UsState.NV).industry("621300").median(70_000).sourceRow(4).build(),
				Rows.state(UsState.NV).areaType(4).median(80_000).sourceRow(5).build());

		assertThat(comparison.states()).singleElement().satisfies((s) -> assertThat(s.annualMedian()).hasValue(53_540));
	}

	@Test
	void leavesTerritoriesOutWhenAsked() {
		List<WageRow> rows = List.of(Rows.state(UsState.PR).median(29_000).build(),
				Rows.state(UsState.FL).median(49_680).build());

		StateComparison without = WageStatistics.compute(rows, 2025, WageStatistics.MASSAGE_THERAPISTS, NONE,
				StatisticsOptions.defaults().withTerritories(false));

		assertThat(without.states()).extracting(StateStatistics::state).containsExactly(UsState.FL);
		assertThat(compute(rows.toArray(WageRow[]::new)).states()).hasSize(2);
	}

	@Test
	void rejectsTwoRowsForTheSameState() {
		WageRow first = Rows.state(UsState.UT).sourceRow(10).build();
		WageRow second = Rows.state(UsState.UT).sourceRow(11).build();

		assertThatExceptionOfType(DuplicateStateRowException.class).isThrownBy(() -> compute(first, second))
			.satisfies((ex) -> assertThat(ex.state()).isEqualTo(UsState.UT))
			.withMessageContaining("10")
			.withMessageContaining("11");
	}

	@Test
	void listsStateLevelRowsOfUnknownAreas() {
		WageRow unknown = new WageRow(2, "98", "Nowhere", 2, "ZZ", WageRow.CROSS_INDUSTRY, "", "", "1235", "31-9011",
				"Massage Therapists", "detailed", Figure.blank(), Figure.blank(), Figure.blank(), Figure.blank(),
				Figure.blank(), Figure.blank(), Figure.blank(), Figure.blank(), Figure.blank(), Percentiles.blank(),
				Percentiles.blank(), false, false);

		assertThat(compute(unknown).unmatchedAreas()).containsExactly("Nowhere");
	}

}
