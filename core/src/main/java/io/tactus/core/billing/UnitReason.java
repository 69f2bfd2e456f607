package io.tactus.core.billing;

import java.util.Objects;

/**
 * Why one code of a visit earns its units under a rule, as figures; {@code web} words it.
 *
 * @param kind which reason
 * @param minutes the code's minutes (its lines added)
 * @param units the units the rule gives it
 * @param fullUnits its full 15-minute units (CMS rule)
 * @param leftoverMinutes its minutes past the last full 15-minute unit (CMS rule)
 * @param tie whether it won or lost a tie of equal leftover minutes (CMS rule)
 * @param lines how many input lines were merged into the code
 */
public record UnitReason(Kind kind, int minutes, int units, int fullUnits, int leftoverMinutes, Tie tie, int lines) {

	public UnitReason {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(tie, "tie");
		if (minutes < 0 || units < 0 || fullUnits < 0 || leftoverMinutes < 0 || lines < 1) {
			throw new IllegalArgumentException("Negative figure in a unit reason: " + kind);
		}
	}

	/**
	 * Whether several input lines were merged into the code.
	 * @return true when entered on more than one line
	 */
	public boolean merged() {
		return this.lines > 1;
	}

	/** The reasons a code earns its units. */
	public enum Kind {

		/** An untimed code: one unit whatever the minutes. */
		UNTIMED,

		/** Not a 15-minute code: units as entered. */
		AS_ENTERED,

		/** Not a 15-minute code and no units entered: one unit. */
		NO_UNITS_ENTERED,

		/** AMA rule: under 8 minutes on its own, no unit. */
		AMA_UNDER_8_MINUTES,

		/** AMA rule: its own minutes give its units. */
		AMA_OWN_MINUTES,

		/** CMS rule: no minutes at all. */
		CMS_NO_MINUTES,

		/** CMS rule: full units plus one for its leftover minutes. */
		CMS_FULL_AND_LEFTOVER,

		/** CMS rule: full units; its leftover minutes did not earn another. */
		CMS_FULL_LEFTOVER_SHORT,

		/** CMS rule: full units and no leftover minutes. */
		CMS_FULL,

		/** CMS rule: no full unit, but one for its leftover minutes. */
		CMS_LEFTOVER_ONLY,

		/** CMS rule: no full unit and no pooled unit. */
		CMS_NONE

	}

	/** A code's part in a tie of equal leftover minutes. */
	public enum Tie {

		/** No tie concerned the code. */
		NONE,

		/** It took the unit because it was entered first. */
		WON,

		/** A code entered earlier took the unit it could have taken. */
		LOST

	}

}
