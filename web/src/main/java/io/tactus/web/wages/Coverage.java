package io.tactus.web.wages;

import java.util.Arrays;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.statistics.StateComparison;

/**
 * How many of the 50 states and DC a dataset has figures for: a dataset of only some
 * states (May 2019 holds the 20 best-paid) ranks, maps and summarises among those only,
 * which the pages and the API say.
 *
 * @param covered the states (and DC) with a row
 * @param total the 50 states and DC
 */
record Coverage(int covered, int total) {

	/** The 50 states and the District of Columbia. */
	static final int STATES_AND_DC = (int) Arrays.stream(UsState.values()).filter((s) -> !s.isTerritory()).count();

	static Coverage of(StateComparison comparison) {
		int covered = (int) comparison.states().stream().filter((s) -> !s.state().isTerritory()).count();
		return new Coverage(covered, STATES_AND_DC);
	}

	/**
	 * Whether some states are missing from the dataset.
	 * @return {@code true} when fewer than all have a row
	 */
	public boolean isPartial() {
		return this.covered < this.total;
	}

	public String coveredText() {
		return Integer.toString(this.covered);
	}

}
