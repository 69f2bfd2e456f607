package io.tactus.core.billing;

import io.tactus.core.codes.Timing;

/**
 * Works out the typed reason of each code of a {@link UnitResult}; web words it.
 */
final class UnitReasons {

	private UnitReasons() {
	}

	static UnitReason reason(UnitResult result, int entry) {
		Timing timing = result.code(entry).timing();
		int minutes = result.minutes(entry);
		int units = result.units(entry);
		int lines = result.lineCount(entry);
		UnitReason.Kind kind;
		int full = 0;
		int left = 0;
		UnitReason.Tie tie = UnitReason.Tie.NONE;
		if (timing == Timing.PER_SERVICE) {
			kind = UnitReason.Kind.UNTIMED;
		}
		else if (timing != Timing.PER_15_MINUTES) {
			kind = result.billedUnits(entry).isPresent() ? UnitReason.Kind.AS_ENTERED
					: UnitReason.Kind.NO_UNITS_ENTERED;
		}
		else if (result.rule() == UnitRule.AMA) {
			kind = (minutes < 8) ? UnitReason.Kind.AMA_UNDER_8_MINUTES : UnitReason.Kind.AMA_OWN_MINUTES;
		}
		else {
			full = minutes / 15;
			left = minutes % 15;
			boolean gotLeftover = result.gotLeftoverUnit(entry);
			if (minutes == 0) {
				kind = UnitReason.Kind.CMS_NO_MINUTES;
			}
			else if (full > 0) {
				kind = gotLeftover ? UnitReason.Kind.CMS_FULL_AND_LEFTOVER
						: (left > 0) ? UnitReason.Kind.CMS_FULL_LEFTOVER_SHORT : UnitReason.Kind.CMS_FULL;
			}
			else {
				kind = gotLeftover ? UnitReason.Kind.CMS_LEFTOVER_ONLY : UnitReason.Kind.CMS_NONE;
			}
			if (minutes > 0 && left > 0 && left == result.tiedRemainder()) {
				tie = gotLeftover ? UnitReason.Tie.WON : UnitReason.Tie.LOST;
			}
		}
		return new UnitReason(kind, minutes, units, full, left, tie, lines);
	}

}
