package io.tactus.core.summary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How a summary's dates are grouped for its time series: by week (starting Monday), by
 * month or by quarter. A custom range is grouped by month.
 */
public enum Period {

	/** Weeks starting on Monday. */
	WEEK,

	/** Calendar months. */
	MONTH,

	/** Calendar quarters. */
	QUARTER,

	/** A range the user chose; grouped by month. */
	CUSTOM;

	/**
	 * The first day of the group a date falls in.
	 * @param date the date
	 * @return the group's first day
	 */
	public LocalDate bucketStart(LocalDate date) {
		return switch (this) {
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
			case MONTH, CUSTOM -> date.withDayOfMonth(1);
		};
	}

	/**
	 * The default range ending on a date: the last 12 weeks, 12 months or 4 quarters
	 * (custom: the last 12 months).
	 * @param today the last day
	 * @return the first day
	 */
	public LocalDate defaultFrom(LocalDate today) {
		return switch (this) {
			case WEEK -> bucketStart(today).minusWeeks(11);
			case QUARTER -> bucketStart(today).minusMonths(9);
			case MONTH, CUSTOM -> bucketStart(today).minusMonths(11);
		};
	}

	/**
	 * The period named in a request, MONTH when unknown.
	 * @param name e.g. {@code week}
	 * @return the period
	 */
	public static Period parse(String name) {
		for (Period period : values()) {
			if (period.name().equalsIgnoreCase(name)) {
				return period;
			}
		}
		return MONTH;
	}

}
