package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.distribution.NormalDistribution;

import io.tactus.reports.oews.UsState;

/**
 * A state's figure far from the other states' figures, which a job seeker should read
 * with care: more than {@value #THRESHOLD} scaled median absolute deviations (MAD) from
 * the median of the states' figures. The MAD is scaled by {@code 1 / Φ⁻¹(0.75)} ≈ 1.4826,
 * so that for normally spread figures it estimates the standard deviation (the Hampel
 * identifier). Medians and MADs are robust: one extreme state cannot hide itself by
 * inflating the spread, as it would with a mean and standard deviation.
 *
 * @param measure the figure, the annual median or mean
 * @param value the state's figure
 * @param center the median of the states' figures
 * @param scaledMad the scaled MAD of the states' figures, positive
 * @param distance {@code (value − center) / scaledMad}: positive above, negative below
 */
public record Outlier(Measure measure, double value, double center, double scaledMad, double distance) {

	/** How many scaled MADs from the median a figure must lie to be marked. */
	public static final double THRESHOLD = 3;

	/** The fewest states with the figure before any is marked. */
	public static final int MIN_STATES = 10;

	/** The figures checked: the ones states are ranked and compared by. */
	public static final List<Measure> MEASURES = List.of(Measure.ANNUAL_MEDIAN, Measure.ANNUAL_MEAN);

	/** {@code 1 / Φ⁻¹(0.75)}: makes the MAD estimate a normal standard deviation. */
	static final double MAD_SCALE = 1 / new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.75);

	public Outlier {
		Objects.requireNonNull(measure, "measure");
		if (!(scaledMad > 0)) {
			throw new IllegalArgumentException("A scaled MAD must be positive, not " + scaledMad);
		}
	}

	/**
	 * Whether the figure lies above the others.
	 * @return {@code true} above, {@code false} below
	 */
	public boolean above() {
		return this.distance > 0;
	}

	/**
	 * Finds the outliers of every measure in {@link #MEASURES}.
	 * @param states the states
	 * @return each state's outliers; states without any are absent
	 */
	static Map<UsState, List<Outlier>> find(List<StateStatistics> states) {
		Map<UsState, List<Outlier>> found = new EnumMap<>(UsState.class);
		for (Measure measure : MEASURES) {
			double[] values = states.stream()
				.map((s) -> s.value(measure))
				.filter((v) -> v.isPresent())
				.mapToDouble((v) -> v.getAsDouble())
				.toArray();
			if (values.length < MIN_STATES) {
				continue;
			}
			double center = Summary.median(values);
			double[] deviations = new double[values.length];
			for (int i = 0; i < values.length; i++) {
				deviations[i] = Math.abs(values[i] - center);
			}
			double scaledMad = MAD_SCALE * Summary.median(deviations);
			if (!(scaledMad > 0)) {
				continue;
			}
			for (StateStatistics state : states) {
				if (state.value(measure).isEmpty()) {
					continue;
				}
				double value = state.value(measure).getAsDouble();
				double distance = (value - center) / scaledMad;
				if (Math.abs(distance) > THRESHOLD) {
					found.computeIfAbsent(state.state(), (s) -> new ArrayList<>())
						.add(new Outlier(measure, value, center, scaledMad, distance));
				}
			}
		}
		return found;
	}

}
