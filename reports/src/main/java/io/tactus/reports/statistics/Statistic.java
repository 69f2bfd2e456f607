package io.tactus.reports.statistics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One statistic over the states, with how many states it used and which it left out
 * (missing or top-coded figures are left out, never counted as zero).
 *
 * @param value the value, empty when too few states have the figures (or it is undefined,
 * such as a correlation with a constant variable)
 * @param used how many states it was computed over
 * @param leftOut how many states were left out
 * @param leftOutStates the states left out and why, {@code leftOut} of them
 */
public record Statistic(OptionalDouble value, int used, int leftOut, List<LeftOut> leftOutStates) {

	public Statistic {
		if (used < 0) {
			throw new IllegalArgumentException("used must not be negative: " + used);
		}
		leftOutStates = List.copyOf(leftOutStates);
		if (leftOut != leftOutStates.size()) {
			throw new IllegalArgumentException(
					"leftOut " + leftOut + " does not match the " + leftOutStates.size() + " states listed");
		}
		if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
			throw new IllegalArgumentException("A statistic must be finite, not " + value.getAsDouble());
		}
	}

	static Statistic of(double value, Sample sample) {
		OptionalDouble number = Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
		return new Statistic(number, sample.size(), sample.leftOut().size(), sample.leftOut());
	}

	static Statistic undefined(Sample sample) {
		return new Statistic(OptionalDouble.empty(), sample.size(), sample.leftOut().size(), sample.leftOut());
	}

}
