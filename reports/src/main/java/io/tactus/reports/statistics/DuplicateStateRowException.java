package io.tactus.reports.statistics;

import io.tactus.reports.oews.UsState;

/**
 * A dataset with two state-total rows for the same state and occupation.
 */
public class DuplicateStateRowException extends IllegalArgumentException {

	private final UsState state;

	private final String occupationCode;

	DuplicateStateRowException(UsState state, String occupationCode, int firstRow, int secondRow) {
		super("Two state rows for " + state + " and occupation " + occupationCode + " (source rows " + firstRow
				+ " and " + secondRow + ")");
		this.state = state;
		this.occupationCode = occupationCode;
	}

	public UsState state() {
		return this.state;
	}

	public String occupationCode() {
		return this.occupationCode;
	}

}
