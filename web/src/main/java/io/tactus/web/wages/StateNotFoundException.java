package io.tactus.web.wages;

import io.tactus.reports.oews.UsState;

/**
 * A state code that is no state, or a state the chosen dataset has no row for.
 */
class StateNotFoundException extends RuntimeException {

	private final String code;

	private final transient Selection selection;

	private final UsState state;

	private StateNotFoundException(String message, String code, UsState state, Selection selection) {
		super(message);
		this.code = code;
		this.state = state;
		this.selection = selection;
	}

	static StateNotFoundException noSuchState(String code) {
		return new StateNotFoundException("There is no state with the code '" + code + "'.", code, null, null);
	}

	static StateNotFoundException noRow(UsState state, Selection selection) {
		return new StateNotFoundException("The " + selection.year() + " dataset has no row for " + state.title() + " ("
				+ selection.occupation().code() + ").", state.postalCode(), state, selection);
	}

	String code() {
		return this.code;
	}

	/**
	 * The state, when the code is a state but has no row.
	 * @return the state or {@code null}
	 */
	UsState state() {
		return this.state;
	}

	Selection selection() {
		return this.selection;
	}

}
