package io.tactus.reports.statistics;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.WageRow;

/**
 * A published figure of a state row that the statistics use.
 */
public enum Measure {

	/** TOT_EMP. */
	EMPLOYMENT,

	/** JOBS_1000. */
	JOBS_PER_1000,

	/** LOC_QUOTIENT. */
	LOCATION_QUOTIENT,

	/** H_MEAN. */
	HOURLY_MEAN,

	/** A_MEAN. */
	ANNUAL_MEAN,

	/** A_PCT10. */
	ANNUAL_P10,

	/** A_PCT25. */
	ANNUAL_P25,

	/** A_MEDIAN. */
	ANNUAL_MEDIAN,

	/** A_PCT75. */
	ANNUAL_P75,

	/** A_PCT90. */
	ANNUAL_P90;

	/**
	 * This figure of a row.
	 * @param row the row
	 * @return the figure
	 */
	Figure of(WageRow row) {
		return switch (this) {
			case EMPLOYMENT -> row.employment();
			case JOBS_PER_1000 -> row.jobsPer1000();
			case LOCATION_QUOTIENT -> row.locationQuotient();
			case HOURLY_MEAN -> row.hourlyMean();
			case ANNUAL_MEAN -> row.annualMean();
			case ANNUAL_P10 -> row.annual().p10();
			case ANNUAL_P25 -> row.annual().p25();
			case ANNUAL_MEDIAN -> row.annual().median();
			case ANNUAL_P75 -> row.annual().p75();
			case ANNUAL_P90 -> row.annual().p90();
		};
	}

	/**
	 * Whether this is a wage (in dollars).
	 * @return {@code true} for wages
	 */
	public boolean isWage() {
		return this != EMPLOYMENT && this != JOBS_PER_1000 && this != LOCATION_QUOTIENT;
	}

}
