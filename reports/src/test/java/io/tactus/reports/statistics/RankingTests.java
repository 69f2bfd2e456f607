package io.tactus.reports.statistics;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	@Test
	void ranksHighestFirstAndGivesTiesTheSameRankSkippingTheNext() {
		Map<UsState, Double> values = new EnumMap<>(UsState.class);
		values.put(UsState.AL, 40_000.0);
		values.put(UsState.AK, 50_000.0);
		values.put(UsState.AZ, 60_000.0);
		values.put(UsState.AR, 50_000.0);
		values.put(UsState.CA, 30_000.0);

		Map<UsState, Integer> ranks = Ranking.descending(values);

		// 60,000 > 50,000 = 50,000 > 40,000 > 30,000: competition ranks 1, 2, 2, 4, 5
		assertThat(ranks).containsEntry(UsState.AZ, 1)
			.containsEntry(UsState.AK, 2)
			.containsEntry(UsState.AR, 2)
			.containsEntry(UsState.AL, 4)
			.containsEntry(UsState.CA, 5);
	}

	@Test
	void ranksAllTiedValuesFirst() {
		Map<UsState, Double> values = new EnumMap<>(UsState.class);
		values.put(UsState.AL, 1.0);
		values.put(UsState.AK, 1.0);

		assertThat(Ranking.descending(values)).containsEntry(UsState.AL, 1).containsEntry(UsState.AK, 1);
	}

	@Test
	void ranksNothingWithoutValues() {
		assertThat(Ranking.descending(new EnumMap<>(UsState.class))).isEmpty();
	}

}
