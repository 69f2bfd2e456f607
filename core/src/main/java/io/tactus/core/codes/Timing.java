package io.tactus.core.codes;

/**
 * How a code's units are counted.
 */
public enum Timing {

	/** Timed: each 15 minutes, counted by the CMS or AMA rule. */
	PER_15_MINUTES,

	/** Untimed: one unit per service, whatever the minutes. */
	PER_SERVICE,

	/** Counted in hour blocks (work conditioning): units are taken as entered. */
	PER_HOUR_BLOCK,

	/** Unlisted code priced from the report: units are taken as entered. */
	BY_REPORT;

	/**
	 * Whether the code is a 15-minute timed code.
	 * @return true for {@link #PER_15_MINUTES}
	 */
	public boolean isTimed() {
		return this == PER_15_MINUTES;
	}

}
