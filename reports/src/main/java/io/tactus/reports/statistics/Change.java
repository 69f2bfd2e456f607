package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The change of one figure between two years.
 *
 * @param from the figure in the earlier year
 * @param to the figure in the later year
 * @param absolute {@code to − from}, empty unless both years have the figure
 * @param percent {@code (to − from) / from × 100}, empty unless both years have it
 */
public record Change(OptionalDouble from, OptionalDouble to, OptionalDouble absolute, OptionalDouble percent) {

	public Change {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(absolute, "absolute");
		Objects.requireNonNull(percent, "percent");
	}

	static Change between(OptionalDouble from, OptionalDouble to) {
		return new Change(from, to, StateTable.difference(to, from), StateTable.percentDifference(to, from));
	}

	public boolean isKnown() {
		return this.absolute.isPresent();
	}

}
