package io.tactus.reports.statistics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import io.tactus.reports.oews.UsState;

/**
 * Competition ranking ("1224"): the highest value ranks 1, tied values share the best
 * rank, and the ranks after a tie are skipped.
 */
final class Ranking {

	private Ranking() {
	}

	/**
	 * Ranks values from the highest down.
	 * @param values the value of each ranked state
	 * @return each state's rank: 1 plus the number of states with a strictly higher value
	 */
	static Map<UsState, Integer> descending(Map<UsState, Double> values) {
		double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
		Map<UsState, Integer> ranks = new EnumMap<>(UsState.class);
		values.forEach((state, value) -> ranks.put(state, 1 + countAbove(sorted, value)));
		return ranks;
	}

	private static int countAbove(double[] ascending, double value) {
		int index = Arrays.binarySearch(ascending, value);
		if (index < 0) {
			return ascending.length - (-index - 1);
		}
		int last = index;
		while (last + 1 < ascending.length && ascending[last + 1] == value) {
			last++;
		}
		return ascending.length - last - 1;
	}

}
