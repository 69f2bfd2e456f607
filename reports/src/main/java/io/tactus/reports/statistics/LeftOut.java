package io.tactus.reports.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;

/**
 * A state left out of a statistic, with the reason for each figure it lacked.
 *
 * @param state the state
 * @param reasons for each needed figure the state lacks, why (blank, {@code *},
 * {@code **}, top-coded {@code #}); never empty
 */
public record LeftOut(UsState state, Map<Measure, FigureState> reasons) {

	public LeftOut {
		Objects.requireNonNull(state, "state");
		Map<Measure, FigureState> copy = new EnumMap<>(Measure.class);
		copy.putAll(reasons);
		reasons = Collections.unmodifiableMap(copy);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("A state left out of a statistic needs a reason: " + state);
		}
	}

}
