package io.tactus.web.wages;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.statistics.ThinSample;

/**
 * One state of the table.
 *
 * @param state the state
 * @param thinSample why the state's sample is thin, empty when it is not
 * @param cells one per column
 */
record TableRow(UsState state, List<ThinSample> thinSample, Map<Column, Cell> cells) {

	TableRow {
		thinSample = List.copyOf(thinSample);
		Map<Column, Cell> copy = new EnumMap<>(Column.class);
		copy.putAll(cells);
		cells = Collections.unmodifiableMap(copy);
	}

	public Cell cell(Column column) {
		return this.cells.get(column);
	}

	public OptionalDouble value(Column column) {
		return this.cells.get(column).value();
	}

	public String code() {
		return this.state.postalCode();
	}

	public String name() {
		return this.state.title();
	}

	public boolean isThin() {
		return !this.thinSample.isEmpty();
	}

}
