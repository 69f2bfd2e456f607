package io.tactus.reports.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

class StateProfileTests {

	private static final StateComparison COMPARISON = WageStatistics
		.compute(List.of(Rows.state(UsState.AL).median(40_000).build(), Rows.state(UsState.AK).median(50_000).build(),
				Rows.state(UsState.AZ).median(60_000).build(), Rows.state(UsState.AR).median(50_000).build(),
				Rows.state(UsState.CA).build()), 2025, ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS));

	@Test
	void listsTheStatesRankedJustAboveAndBelowAndTheTiedOnes() {
		StateProfile alaska = COMPARISON.profile(UsState.AK).orElseThrow();

		// AZ 1, AK 2, AR 2, AL 4
		assertThat(alaska.rankedAbove()).containsExactly(new Neighbour(UsState.AZ, 1, 60_000));
		assertThat(alaska.tiedWith()).containsExactly(new Neighbour(UsState.AR, 2, 50_000));
		assertThat(alaska.rankedBelow()).containsExactly(new Neighbour(UsState.AL, 4, 40_000));
	}

	@Test
	void listsAllTiedStatesAsTheNeighbourBelowTheTop() {
		StateProfile arizona = COMPARISON.profile(UsState.AZ).orElseThrow();

		assertThat(arizona.rankedAbove()).isEmpty();
		assertThat(arizona.rankedBelow()).extracting(Neighbour::state).containsExactly(UsState.AK, UsState.AR);
	}

	@Test
	void givesAnUnrankedStateNoNeighbours() {
		StateProfile california = COMPARISON.profile(UsState.CA).orElseThrow();

		assertThat(california.rankedAbove()).isEmpty();
		assertThat(california.tiedWith()).isEmpty();
		assertThat(california.rankedBelow()).isEmpty();
		assertThat(california.mapQuartile()).isEmpty();
	}

	@Test
	void bundlesTheStatesOtherViews() {
		StateProfile alabama = COMPARISON.profile(UsState.AL).orElseThrow();

		assertThat(alabama.mapQuartile()).hasValue(1);
		assertThat(alabama.partTime()).hasSize(3);
		assertThat(alabama.demand()).isPresent();
		assertThat(alabama.costOfLiving()).isPresent();
		assertThat(alabama.projection()).isEmpty();
		assertThat(COMPARISON.profile(UsState.WY)).isEmpty();
	}

}
