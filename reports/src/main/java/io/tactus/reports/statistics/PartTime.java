package io.tactus.reports.statistics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The published annual wages prorated to part-time hours. OEWS annual wages are hourly
 * wages × 2,080 hours (40 a week, 52 weeks), so a week of {@code h} hours earns
 * {@code annual × h / 40} at the same hourly rate.
 */
public final class PartTime {

	/** The hours of a full-time OEWS year, per week. */
	public static final int FULL_TIME_HOURS = 40;

	/** The part-time weeks the page shows. */
	public static final List<Integer> STANDARD_HOURS = List.of(20, 25, 30);

	/** Caveat: how the figures are made. */
	public static final String PRORATED = "Prorated from full-time figures: OEWS annual wages are hourly wages "
			+ "× 2,080 hours, so these assume the same hourly rate for fewer hours, every week of the year.";

	/** Caveat: the self-employed are not counted. */
	public static final String EXCLUDES_SELF_EMPLOYED = "OEWS surveys employers: self-employed massage therapists, "
			+ "a large share of the occupation, are not included.";

	/** Caveat: tips are not counted. */
	public static final String EXCLUDES_TIPS = "OEWS wages exclude tips, which can be a substantial part of a "
			+ "massage therapist's income.";

	/** Every caveat, in the order the page shows them. */
	public static final List<String> CAVEATS = List.of(PRORATED, EXCLUDES_SELF_EMPLOYED, EXCLUDES_TIPS);

	private PartTime() {
	}

	/**
	 * A state's percentiles at the standard part-time weeks (20, 25 and 30 hours).
	 * @param state the state
	 * @return one row per week, in order
	 */
	public static List<PartTimeWages> of(StateStatistics state) {
		return of(state, STANDARD_HOURS);
	}

	/**
	 * A state's percentiles at the given weeks.
	 * @param state the state
	 * @param hoursPerWeek hours a week, each 1 to 40
	 * @return one row per week, in order
	 */
	public static List<PartTimeWages> of(StateStatistics state, List<Integer> hoursPerWeek) {
		return hoursPerWeek.stream()
			.map((hours) -> new PartTimeWages(hours, prorate(state.annualP10(), hours),
					prorate(state.annualP25(), hours), prorate(state.annualMedian(), hours),
					prorate(state.annualP75(), hours), prorate(state.annualP90(), hours)))
			.toList();
	}

	/**
	 * An annual full-time wage prorated to fewer hours.
	 * @param annual the full-time annual wage
	 * @param hoursPerWeek hours a week, 1 to 40
	 * @return {@code annual × hours / 40}, empty when the wage is unknown
	 */
	public static OptionalDouble prorate(OptionalDouble annual, int hoursPerWeek) {
		requireHours(hoursPerWeek);
		return annual.isPresent() ? OptionalDouble.of(annual.getAsDouble() * hoursPerWeek / FULL_TIME_HOURS)
				: OptionalDouble.empty();
	}

	static void requireHours(int hoursPerWeek) {
		if (hoursPerWeek < 1 || hoursPerWeek > FULL_TIME_HOURS) {
			throw new IllegalArgumentException("Hours a week must be 1 to 40, not " + hoursPerWeek);
		}
	}

}
