package io.tactus.reports.statistics;

import java.util.Objects;

import io.tactus.reports.oews.UsState;

/**
 * A state next to another in the ranking by annual median.
 *
 * @param state the state
 * @param rank its rank
 * @param annualMedian its annual median
 */
public record Neighbour(UsState state, int rank, double annualMedian) {

	public Neighbour {
		Objects.requireNonNull(state, "state");
	}

	static Neighbour of(StateStatistics state) {
		return new Neighbour(state.state(), state.medianRank().getAsInt(), state.annualMedian().getAsDouble());
	}

}
