package io.tactus.reports.statistics;

/**
 * Why a state's estimates rest on a thin sample and should be read with caution.
 */
public enum ThinSample {

	/** EMP_PRSE above {@link ReliabilityRules#maxRelativeStandardError()}. */
	EMPLOYMENT_ERROR_HIGH,

	/** MEAN_PRSE above {@link ReliabilityRules#maxRelativeStandardError()}. */
	MEAN_WAGE_ERROR_HIGH,

	/** Employment below {@link ReliabilityRules#minEmployment()}. */
	FEW_JOBS,

	/**
	 * The 10th and 25th, or 75th and 90th, percentiles are identical, which BLS publishes
	 * for thin samples.
	 */
	COLLAPSED_PERCENTILES

}
