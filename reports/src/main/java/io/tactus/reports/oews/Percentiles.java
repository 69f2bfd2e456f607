package io.tactus.reports.oews;

import java.util.List;
import java.util.Objects;

/**
 * The five published percentile wages (10th, 25th, median, 75th, 90th) of one row, hourly
 * or annual.
 *
 * @param p10 10th percentile
 * @param p25 25th percentile
 * @param median median
 * @param p75 75th percentile
 * @param p90 90th percentile
 */
public record Percentiles(Figure p10, Figure p25, Figure median, Figure p75, Figure p90) {

	/** The percentile levels, in order. */
	public static final List<Double> LEVELS = List.of(0.10, 0.25, 0.50, 0.75, 0.90);

	public Percentiles {
		Objects.requireNonNull(p10, "p10");
		Objects.requireNonNull(p25, "p25");
		Objects.requireNonNull(median, "median");
		Objects.requireNonNull(p75, "p75");
		Objects.requireNonNull(p90, "p90");
	}

	/**
	 * All five blank.
	 * @return blank percentiles
	 */
	public static Percentiles blank() {
		Figure blank = Figure.blank();
		return new Percentiles(blank, blank, blank, blank, blank);
	}

	/**
	 * The five figures in order of {@link #LEVELS}.
	 * @return the figures
	 */
	public List<Figure> asList() {
		return List.of(this.p10, this.p25, this.median, this.p75, this.p90);
	}

}
