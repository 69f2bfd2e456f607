package io.tactus.reports.statistics;

/**
 * When a state's estimates count as resting on a thin sample.
 *
 * @param maxRelativeStandardError the highest EMP_PRSE or MEAN_PRSE (in percent) that is
 * not thin; 30 by default
 * @param minEmployment the lowest employment that is not thin; 300 by default
 */
public record ReliabilityRules(double maxRelativeStandardError, double minEmployment) {

	/** Default EMP_PRSE / MEAN_PRSE threshold, in percent. */
	public static final double DEFAULT_MAX_RELATIVE_STANDARD_ERROR = 30;

	/** Default minimum employment. */
	public static final double DEFAULT_MIN_EMPLOYMENT = 300;

	public ReliabilityRules {
		if (!(maxRelativeStandardError > 0) || !Double.isFinite(maxRelativeStandardError)) {
			throw new IllegalArgumentException(
					"The relative standard error threshold must be positive, not " + maxRelativeStandardError);
		}
		if (!(minEmployment >= 0) || !Double.isFinite(minEmployment)) {
			throw new IllegalArgumentException("The minimum employment must not be negative, not " + minEmployment);
		}
	}

	/**
	 * The defaults: relative standard error above 30% or employment under 300.
	 * @return the default rules
	 */
	public static ReliabilityRules defaults() {
		return new ReliabilityRules(DEFAULT_MAX_RELATIVE_STANDARD_ERROR, DEFAULT_MIN_EMPLOYMENT);
	}

}
