package io.tactus.reports.statistics;

/**
 * One ingredient of the demand score.
 */
public enum DemandComponent {

	/** LOC_QUOTIENT: the occupation's share of jobs in the state against the nation's. */
	LOCATION_QUOTIENT,

	/** JOBS_1000: the occupation's jobs per 1,000 jobs in the state. */
	JOBS_PER_1000,

	/** The projected percent change of employment over the state's projection cycle. */
	PROJECTED_GROWTH,

	/** Projected annual openings per 1,000 jobs of the projection's base year. */
	OPENINGS_PER_1000

}
