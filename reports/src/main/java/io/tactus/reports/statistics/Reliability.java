package io.tactus.reports.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tactus.reports.oews.FigureState;

/**
 * How far a state's figures can be trusted: which are top-coded, which are missing, and
 * whether the sample is thin.
 *
 * @param unavailable each figure without a number and why (top-coded, blank, {@code *},
 * {@code **})
 * @param thinSample the reasons the sample is thin, empty when it is not
 */
public record Reliability(Map<Measure, FigureState> unavailable, List<ThinSample> thinSample) {

	public Reliability {
		Map<Measure, FigureState> copy = new EnumMap<>(Measure.class);
		copy.putAll(unavailable);
		unavailable = Collections.unmodifiableMap(copy);
		thinSample = List.copyOf(thinSample);
		if (unavailable.containsValue(FigureState.KNOWN)) {
			throw new IllegalArgumentException("A known figure is not unavailable: " + unavailable);
		}
	}

	/**
	 * The top-coded figures ({@code #}: at or above the top-coding threshold).
	 * @return the figures, in measure order
	 */
	public List<Measure> topCoded() {
		return this.unavailable.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == FigureState.TOP_CODED)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * The missing figures (blank or not published), top-coded ones excluded.
	 * @return the figures, in measure order
	 */
	public List<Measure> missing() {
		return this.unavailable.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != FigureState.TOP_CODED)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * Why a figure has no number.
	 * @param measure the figure
	 * @return the reason, empty when it has a number
	 */
	public Optional<FigureState> reason(Measure measure) {
		return Optional.ofNullable(this.unavailable.get(measure));
	}

	public boolean hasThinSample() {
		return !this.thinSample.isEmpty();
	}

}
