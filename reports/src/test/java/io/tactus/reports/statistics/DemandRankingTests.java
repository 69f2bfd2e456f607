package io.tactus.reports.statistics;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.PriceParities;
import io.tactus.reports.reference.Projection;
import io.tactus.reports.reference.Projections;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DemandRankingTests {

	private static final List<WageRow> ROWS = List.of(Rows.state(UsState.AL).locationQuotient(0.5).build(),
			Rows.state(UsState.AK).locationQuotient(1.0).build(), Rows.state(UsState.AZ).locationQuotient(1.5).build(),
			Rows.state(UsState.AR).build());

	/** Growth for AK 10%, AZ 20%, AR 30%; openings only for AZ (150 a year on 1,000). */
	private static ReferenceData reference() {
		return new ReferenceData(
				Projections.of(WageStatistics.MASSAGE_THERAPISTS,
						List.of(projection("AK", OptionalDouble.empty(), 10, OptionalDouble.empty()),
								projection("AZ", OptionalDouble.of(1000), 20, OptionalDouble.of(150)),
								projection("AR", OptionalDouble.empty(), 30, OptionalDouble.empty()))),
				PriceParities.none());
	}

	private static Projection projection(String state, OptionalDouble base, double growth, OptionalDouble openings) {
		return new Projection(state, state, 2022, 2032, base, OptionalDouble.empty(), OptionalDouble.of(growth),
				openings, "test");
	}

	private static DemandRanking rank(DemandWeights weights) {
		return WageStatistics
			.compute(ROWS, 2025, WageStatistics.MASSAGE_THERAPISTS, reference(),
					StatisticsOptions.defaults().withDemandWeights(weights))
			.demand();
	}

	@Test
	void standardisesEachComponentOverTheStatesThatHaveIt() {
		DemandRanking demand = rank(DemandWeights.equal());

		// LQ 0.5, 1.0, 1.5: mean 1.0, sd sqrt((0.25 + 0 + 0.25) / 2) = 0.5
		// growth 10, 20, 30: mean 20, sd sqrt((100 + 0 + 100) / 2) = 10
		ComponentScale lq = demand.scales().get(0);
		assertThat(lq.component()).isEqualTo(DemandComponent.LOCATION_QUOTIENT);
		assertThat(lq.mean().getAsDouble()).isCloseTo(1.0, within(1e-12));
		assertThat(lq.standardDeviation().getAsDouble()).isCloseTo(0.5, within(1e-12));
		assertThat(lq.used()).isEqualTo(3);
		assertThat(lq.leftOut()).isEqualTo(1);
		ComponentScale growth = demand.scales().get(2);
		assertThat(growth.mean().getAsDouble()).isCloseTo(20, within(1e-12));
		assertThat(growth.standardDeviation().getAsDouble()).isCloseTo(10, within(1e-12));
		DemandScore alabama = demand.forState(UsState.AL).orElseThrow();
		assertThat(alabama.components().get(0).zScore().getAsDouble()).isCloseTo(-1, within(1e-12));
	}

	@Test
	void scoresEachStateOnTheComponentsItHasAndRanksItAmongStatesScoredOnAsMany() {
		DemandRanking demand = rank(DemandWeights.equal());

		// AL: z(LQ) -1 only -> -1; AK: (0 + -1) / 2 = -0.5; AZ: (1 + 0) / 2 = 0.5; AR:
		// z(growth) +1 only -> 1. AR scores highest, but on one component: it is ranked
		// among the states scored on one (AR 1, AL 2), not above AZ and AK, scored on
		// two.
		assertThat(demand.scores()).extracting(DemandScore::state)
			.containsExactly(UsState.AZ, UsState.AK, UsState.AR, UsState.AL);
		assertThat(demand.scores()).extracting((s) -> s.score().getAsDouble()).containsExactly(0.5, -0.5, 1.0, -1.0);
		assertThat(demand.scores()).extracting((s) -> s.rank().getAsInt()).containsExactly(1, 2, 1, 2);
		assertThat(demand.scores()).extracting(DemandScore::componentsUsed).containsExactly(2, 2, 1, 1);
		assertThat(demand.scores()).extracting(DemandScore::rankedAmong).containsExactly(2, 2, 2, 2);
		assertThat(demand.scores()).extracting(DemandScore::componentsTotal).containsOnly(4);
	}

	@Test
	void countsOnlyWeightedComponentsAsPossible() {
		DemandRanking demand = rank(DemandWeights.of(1, 0, 1, 0));

		assertThat(demand.forState(UsState.AZ).orElseThrow().componentsTotal()).isEqualTo(2);
		assertThat(demand.forState(UsState.AZ).orElseThrow().componentsUsed()).isEqualTo(2);
	}

	@Test
	void saysWhichComponentsAStateLacks() {
		DemandRanking demand = rank(DemandWeights.equal());

		assertThat(demand.forState(UsState.AL).orElseThrow().lacking()).containsExactly(DemandComponent.JOBS_PER_1000,
				DemandComponent.PROJECTED_GROWTH, DemandComponent.OPENINGS_PER_1000);
		assertThat(demand.forState(UsState.AR).orElseThrow().lacking()).containsExactly(
				DemandComponent.LOCATION_QUOTIENT, DemandComponent.JOBS_PER_1000, DemandComponent.OPENINGS_PER_1000);
		assertThat(demand.forState(UsState.AZ).orElseThrow().lacking()).containsExactly(DemandComponent.JOBS_PER_1000);
	}

	@Test
	void showsButDoesNotScoreAComponentTooFewStatesHave() {
		DemandRanking demand = rank(DemandWeights.equal());

		// only AZ has openings: 150 / 1,000 x 1,000 = 150 per 1,000 jobs
		ComponentScale openings = demand.scales().get(3);
		assertThat(openings.standardised()).isFalse();
		assertThat(openings.used()).isEqualTo(1);
		ComponentValue arizona = demand.forState(UsState.AZ).orElseThrow().components().get(3);
		assertThat(arizona.value()).hasValue(150);
		assertThat(arizona.zScore()).isEmpty();
		assertThat(demand.scales().get(1).used()).isZero();
	}

	@Test
	void appliesTheGivenWeights() {
		DemandRanking demand = rank(DemandWeights.of(3, 1, 1, 1));

		// AK: (3 x 0 + 1 x -1) / 4 = -0.25; AZ: (3 x 1 + 1 x 0) / 4 = 0.75
		assertThat(demand.forState(UsState.AK).orElseThrow().score().getAsDouble()).isCloseTo(-0.25, within(1e-12));
		assertThat(demand.forState(UsState.AZ).orElseThrow().score().getAsDouble()).isCloseTo(0.75, within(1e-12));
		assertThat(demand.weights().weight(DemandComponent.LOCATION_QUOTIENT)).isEqualTo(3);
	}

	@Test
	void leavesAStateWithNoScorableComponentUnranked() {
		DemandRanking demand = rank(DemandWeights.of(1, 0, 0, 0));

		DemandScore arkansas = demand.forState(UsState.AR).orElseThrow();
		assertThat(arkansas.score()).isEmpty();
		assertThat(arkansas.rank()).isEmpty();
		assertThat(arkansas.componentsUsed()).isZero();
		assertThat(demand.scores()).last().isEqualTo(arkansas);
	}

	@Test
	void ignoresProjectionsOfAnotherOccupation() {
		DemandRanking demand = WageStatistics
			.compute(
					List.of(Rows.state(UsState.AK).occupation("29-1123").locationQuotient(1).build(),
							Rows.state(UsState.AZ).occupation("29-1123").locationQuotient(2).build(),
							Rows.state(UsState.AR).occupation("29-1123").locationQuotient(3).build()),
					2025, "29-1123", reference())
			.demand();

		assertThat(demand.scales().get(2).used()).isZero();
	}

	@Test
	void rejectsNegativeOrAllZeroWeights() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemandWeights.of(-1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> DemandWeights.of(0, 0, 0, 0));
	}

}
