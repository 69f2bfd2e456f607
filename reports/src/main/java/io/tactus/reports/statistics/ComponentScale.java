package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a demand component was standardised across the states.
 *
 * @param component the component
 * @param mean the mean over the states that have it
 * @param standardDeviation the sample standard deviation over the same states
 * @param used how many states have it
 * @param leftOut how many states lack it
 * @param standardised whether z-scores were computed: it needs at least
 * {@link DemandRanking#MIN_STATES_PER_COMPONENT} states and a positive standard deviation
 */
public record ComponentScale(DemandComponent component, OptionalDouble mean, OptionalDouble standardDeviation, int used,
		int leftOut, boolean standardised) {

	public ComponentScale {
		Objects.requireNonNull(component, "component");
		Objects.requireNonNull(mean, "mean");
		Objects.requireNonNull(standardDeviation, "standardDeviation");
		if (standardised && (mean.isEmpty() || standardDeviation.isEmpty() || !(standardDeviation.getAsDouble() > 0))) {
			throw new IllegalArgumentException("A standardised component needs a mean and a positive deviation");
		}
	}

	/**
	 * The z-score of a value.
	 * @param value a raw value of the component
	 * @return {@code (value − mean) / standardDeviation}
	 * @throws IllegalStateException when the component is not standardised
	 */
	double zScore(double value) {
		if (!this.standardised) {
			throw new IllegalStateException(this.component + " is not standardised");
		}
		return (value - this.mean.getAsDouble()) / this.standardDeviation.getAsDouble();
	}

}
