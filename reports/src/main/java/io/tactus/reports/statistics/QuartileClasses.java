package io.tactus.reports.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

import io.tactus.reports.oews.UsState;

/**
 * Quartile classes of one measure for the map. The cut points are the 25th, 50th and 75th
 * percentiles of the states' values by linear interpolation between order statistics
 * (Hyndman and Fan type 7, as Excel's QUARTILE.INC and R's default); a state is in class
 * 1 when its value is at or below Q1, 2 at or below Q2, 3 at or below Q3, else 4. Tied
 * values are always in the same class.
 *
 * @param measure the measure classed
 * @param q1 the first cut point, empty with fewer than four states
 * @param q2 the second cut point (the median)
 * @param q3 the third cut point
 * @param classes the class (1 lowest to 4 highest) of each state with a value
 * @param used how many states have a value (all of them are classed, unless there are
 * fewer than four, when none is)
 * @param leftOut how many states were left out
 * @param leftOutStates the states left out and why
 */
public record QuartileClasses(Measure measure, OptionalDouble q1, OptionalDouble q2, OptionalDouble q3,
		Map<UsState, Integer> classes, int used, int leftOut, List<LeftOut> leftOutStates) {

	/** The fewest states that are split into quartiles. */
	public static final int MIN_STATES = 4;

	public QuartileClasses {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(q1, "q1");
		Objects.requireNonNull(q2, "q2");
		Objects.requireNonNull(q3, "q3");
		Map<UsState, Integer> copy = new EnumMap<>(UsState.class);
		copy.putAll(classes);
		classes = Collections.unmodifiableMap(copy);
		leftOutStates = List.copyOf(leftOutStates);
		if (leftOut != leftOutStates.size()) {
			throw new IllegalArgumentException(
					"leftOut " + leftOut + " does not match the " + leftOutStates.size() + " states listed");
		}
		if (classes.values().stream().anyMatch((c) -> c < 1 || c > 4)) {
			throw new IllegalArgumentException("Quartile classes run from 1 to 4: " + classes);
		}
	}

	static QuartileClasses of(List<StateStatistics> states, Measure measure) {
		Sample sample = Sample.of(states, measure);
		double[] values = sample.column(0);
		if (values.length < MIN_STATES) {
			return new QuartileClasses(measure, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
					Map.of(), sample.size(), sample.leftOut().size(), sample.leftOut());
		}
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		percentile.setData(values);
		double q1 = percentile.evaluate(25);
		double q2 = percentile.evaluate(50);
		double q3 = percentile.evaluate(75);
		Map<UsState, Integer> classes = new EnumMap<>(UsState.class);
		for (int i = 0; i < values.length; i++) {
			double value = values[i];
			int quartile = (value <= q1) ? 1 : (value <= q2) ? 2 : (value <= q3) ? 3 : 4;
			classes.put(sample.states().get(i), quartile);
		}
		return new QuartileClasses(measure, OptionalDouble.of(q1), OptionalDouble.of(q2), OptionalDouble.of(q3),
				classes, sample.size(), sample.leftOut().size(), sample.leftOut());
	}

	/**
	 * The class of a state.
	 * @param state the state
	 * @return 1 (lowest quartile) to 4 (highest), empty when the state was left out
	 */
	public OptionalInt classOf(UsState state) {
		Integer quartile = this.classes.get(state);
		return (quartile != null) ? OptionalInt.of(quartile) : OptionalInt.empty();
	}

}
