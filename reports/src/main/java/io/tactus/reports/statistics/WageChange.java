package io.tactus.reports.statistics;

import java.util.Objects;

import io.tactus.reports.oews.UsState;

/**
 * How one state's annual median and mean changed between two survey years.
 *
 * @param state the state
 * @param median change of A_MEDIAN
 * @param mean change of A_MEAN
 */
public record WageChange(UsState state, Change median, Change mean) {

	public WageChange {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(median, "median");
		Objects.requireNonNull(mean, "mean");
	}

}
