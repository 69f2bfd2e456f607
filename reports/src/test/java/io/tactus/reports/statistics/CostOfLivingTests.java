package io.tactus.reports.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.PriceParities;
import io.tactus.reports.reference.PriceParity;
import io.tactus.reports.reference.Projections;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

class CostOfLivingTests {

	private static CostOfLiving compute(int surveyYear) {
		ReferenceData reference = new ReferenceData(Projections.none(WageStatistics.MASSAGE_THERAPISTS),
				PriceParities.of(List.of(new PriceParity(UsState.AL, 2024, 80, "test"),
						new PriceParity(UsState.AK, 2024, 125, "test"),
						new PriceParity(UsState.AZ, 2024, 100, "test"))));
		return WageStatistics.compute(List.of(Rows.state(UsState.AL).median(40_000).annualMean(44_000).build(),
				Rows.state(UsState.AK).median(50_000).build(), Rows.state(UsState.AZ).median(45_000).build(),
				Rows.state(UsState.PR).median(30_000).build()), surveyYear, reference)
			.costOfLiving();
	}

	@Test
	void dividesWagesByThePriceParityOverOneHundred() {
		CostOfLiving costOfLiving = compute(2025);

		// AL 40,000 / 0.80 = 50,000 and mean 44,000 / 0.80 = 55,000; AK 50,000 / 1.25 =
		// 40,000; AZ 45,000 / 1.00
		assertThat(costOfLiving.forState(UsState.AL).orElseThrow().adjustedMedian()).hasValue(50_000);
		assertThat(costOfLiving.forState(UsState.AL).orElseThrow().adjustedMean()).hasValue(55_000);
		assertThat(costOfLiving.forState(UsState.AK).orElseThrow().adjustedMedian()).hasValue(40_000);
		assertThat(costOfLiving.forState(UsState.AZ).orElseThrow().adjustedMedian()).hasValue(45_000);
		assertThat(costOfLiving.forState(UsState.AK).orElseThrow().adjustedMean()).isEmpty();
	}

	@Test
	void ranksRawAndAdjustedMediansOverTheSameStates() {
		CostOfLiving costOfLiving = compute(2025);

		// raw: AK 50,000 (1), AZ 45,000 (2), AL 40,000 (3); adjusted: AL 50,000 (1), AZ
		// 45,000 (2), AK 40,000 (3)
		CostOfLivingRow alabama = costOfLiving.forState(UsState.AL).orElseThrow();
		assertThat(alabama.rawRank()).hasValue(3);
		assertThat(alabama.adjustedRank()).hasValue(1);
		assertThat(alabama.rankChange()).hasValue(2);
		assertThat(costOfLiving.forState(UsState.AK).orElseThrow().rankChange()).hasValue(-2);
		assertThat(costOfLiving.rows()).extracting(CostOfLivingRow::state)
			.containsExactly(UsState.AL, UsState.AZ, UsState.AK, UsState.PR);
	}

	@Test
	void leavesOutAStateWithoutAPriceParity() {
		CostOfLiving costOfLiving = compute(2025);

		CostOfLivingRow puertoRico = costOfLiving.forState(UsState.PR).orElseThrow();
		assertThat(puertoRico.rpp()).isEmpty();
		assertThat(puertoRico.annualMedian()).hasValue(30_000);
		assertThat(puertoRico.adjustedMedian()).isEmpty();
		assertThat(puertoRico.rawRank()).isEmpty();
		assertThat(costOfLiving.used()).isEqualTo(3);
		assertThat(costOfLiving.leftOut()).isEqualTo(1);
	}

	@Test
	void notesWhenWageAndPriceYearsDiffer() {
		assertThat(compute(2025).rppYear()).hasValue(2024);
		assertThat(compute(2025).yearsDiffer()).isTrue();
		assertThat(compute(2024).yearsDiffer()).isFalse();
	}

}
