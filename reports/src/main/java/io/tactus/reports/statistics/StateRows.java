package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

/**
 * The state-total rows and the national row of one occupation, picked out of a dataset in
 * one pass.
 *
 * @param occupationCode the SOC code
 * @param occupationTitle OCC_TITLE of the first matching row, empty when none matched
 * @param states one row per state
 * @param national the national row, when present
 * @param unmatchedAreas titles of state-level rows whose area is not a known state
 */
record StateRows(String occupationCode, String occupationTitle, Map<UsState, WageRow> states,
		Optional<WageRow> national, List<String> unmatchedAreas) {

	static StateRows select(Iterable<WageRow> rows, String occupationCode, boolean includeTerritories) {
		String code = occupationCode.trim();
		Map<UsState, WageRow> states = new EnumMap<>(UsState.class);
		WageRow national = null;
		String title = "";
		List<String> unmatched = new ArrayList<>();
		for (WageRow row : rows) {
			if (!code.equals(row.occupationCode().trim())) {
				continue;
			}
			if (row.isNationalTotal()) {
				national = (national != null) ? national : row;
				title = title.isEmpty() ? row.occupationTitle() : title;
			}
			else if (row.isStateTotal()) {
				title = title.isEmpty() ? row.occupationTitle() : title;
				Optional<UsState> state = resolve(row);
				if (state.isEmpty()) {
					unmatched.add(row.areaTitle());
				}
				else if (includeTerritories || !state.get().isTerritory()) {
					WageRow previous = states.putIfAbsent(state.get(), row);
					if (previous != null) {
						throw new DuplicateStateRowException(state.get(), code, previous.sourceRow(), row.sourceRow());
					}
				}
			}
		}
		return new StateRows(code, title, states, Optional.ofNullable(national), List.copyOf(unmatched));
	}

	private static Optional<UsState> resolve(WageRow row) {
		Optional<UsState> byFips = UsState.ofFips(row.areaCode());
		return byFips.isPresent() ? byFips : UsState.ofPostalCode(row.primState());
	}

}
