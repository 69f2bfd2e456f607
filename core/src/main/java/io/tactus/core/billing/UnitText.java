package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;

import io.tactus.core.codes.Timing;

/**
 * Builds the plain-language reasons and explanations of a {@link UnitResult}.
 */
final class UnitText {

	private static final String[] ORDINALS = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" };

	private UnitText() {
	}

	static String units(int units) {
		return units + ((units == 1) ? " unit" : " units");
	}

	static String ordinal(int position) {
		if (position >= 0 && position < ORDINALS.length) {
			return ORDINALS[position];
		}
		int lastTwo = position % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (position % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return position + suffix;
	}

	static String joinAnd(List<String> items) {
		int size = items.size();
		if (size == 0) {
			return "";
		}
		if (size == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, size - 1)) + " and " + items.get(size - 1);
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

	static List<String> explain(UnitResult result) {
		List<String> steps = new ArrayList<>();
		if (result.rule() == UnitRule.CMS) {
			explainCms(result, steps);
		}
		else {
			explainAma(result, steps);
		}
		explainUntimed(result, steps);
		for (int i = 0; i < result.entryCount(); i++) {
			if (result.lineCount(i) > 1) {
				steps.add(result.code(i).code() + " was entered on " + result.lineCount(i)
						+ " lines; their minutes were added together and counted as one code.");
			}
		}
		int untimed = result.untimedUnits();
		steps.add((untimed == 0) ? "Total: " + units(result.totalUnits()) + "." : "Total: " + result.timedUnits()
				+ " timed + " + untimed + " untimed = " + units(result.totalUnits()) + ".");
		return steps;
	}

	private static void explainCms(UnitResult result, List<String> steps) {
		steps.add("CMS 8-minute rule: the timed minutes of the day are pooled and the chart gives the total units.");
		List<Integer> timed = timedEntries(result);
		if (timed.isEmpty()) {
			steps.add("No timed codes.");
			return;
		}
		int minutes = result.timedMinutes();
		int total = result.timedUnits();
		if (timed.size() > 1) {
			List<String> parts = new ArrayList<>();
			for (int i : timed) {
				parts.add(result.code(i).code() + " " + result.minutes(i));
			}
			steps.add("Timed minutes: " + String.join(" + ", parts) + " = " + minutes + ".");
		}
		if (total == 0) {
			steps.add(minutes + " timed minutes → 0 units: under 8 minutes there is nothing to bill.");
			return;
		}
		steps.add(minutes + " timed minutes → " + units(total) + " (chart: " + (15 * total - 7) + "–" + (15 * total + 7)
				+ " minutes).");
		List<String> keeps = new ArrayList<>();
		for (int i : timed) {
			int full = result.minutes(i) / 15;
			if (full > 0) {
				keeps.add(result.code(i).code() + " (" + result.minutes(i) + " min) keeps " + full);
			}
		}
		steps.add(keeps.isEmpty() ? "No code reached 15 minutes, so no code keeps a full unit."
				: "Full 15-minute units: " + joinAnd(keeps) + ".");
		explainLeftovers(result, steps, timed, total);
	}

	private static void explainLeftovers(UnitResult result, List<String> steps, List<Integer> timed, int total) {
		int remaining = result.leftoverUnits();
		List<Integer> byLeftover = new ArrayList<>();
		for (int i : timed) {
			if (result.minutes(i) % 15 > 0) {
				byLeftover.add(i);
			}
		}
		byLeftover.sort((a, b) -> Integer.compare(result.minutes(b) % 15, result.minutes(a) % 15));
		List<String> leftovers = new ArrayList<>();
		for (int i : byLeftover) {
			leftovers.add(result.code(i).code() + " " + (result.minutes(i) % 15));
		}
		if (remaining == 0) {
			if (!leftovers.isEmpty()) {
				steps.add("Leftover minutes (" + String.join(", ", leftovers) + ") do not add up to another unit.");
			}
			return;
		}
		List<String> positions = new ArrayList<>();
		List<String> winners = new ArrayList<>();
		for (int unit = total - remaining + 1; unit <= total; unit++) {
			positions.add(ordinal(unit));
		}
		for (int i : byLeftover) {
			if (result.gotLeftoverUnit(i)) {
				winners.add(result.code(i).code());
			}
		}
		steps.add(units(remaining) + " left to give. Leftover minutes: " + String.join(", ", leftovers) + ": the "
				+ joinAnd(positions) + ((remaining == 1) ? " unit goes to " : " units go to ") + joinAnd(winners)
				+ ".");
		if (result.tieBroken()) {
			List<String> tied = result.tiedCodes();
			int won = 0;
			for (int i : byLeftover) {
				if (result.gotLeftoverUnit(i) && result.minutes(i) % 15 == result.tiedRemainder()) {
					won++;
				}
			}
			steps.add("Tie: " + joinAnd(tied) + " each have " + result.tiedRemainder() + " leftover minutes for "
					+ units(won)
					+ ((won == 1) ? ". It went to the code entered first; any of them could have taken it."
							: ". They went to the " + won + " codes entered first; any " + won
									+ " of them could have taken them."));
		}
	}

	private static void explainAma(UnitResult result, List<String> steps) {
		steps.add("AMA midpoint rule: each timed code counts on its own; 8 minutes earn its first unit, "
				+ "23 the second, 38 the third, and so on. Minutes are never pooled.");
		List<Integer> timed = timedEntries(result);
		if (timed.isEmpty()) {
			steps.add("No timed codes.");
			return;
		}
		for (int i : timed) {
			int minutes = result.minutes(i);
			steps.add(result.code(i).code() + ": " + minutes + " min → " + units(result.units(i))
					+ ((minutes < 8) ? " (under 8 minutes)." : "."));
		}
		steps.add("Timed: " + result.timedMinutes() + " minutes → " + units(result.timedUnits()) + ".");
	}

	private static void explainUntimed(UnitResult result, List<String> steps) {
		List<String> untimed = new ArrayList<>();
		List<String> asEntered = new ArrayList<>();
		for (int i = 0; i < result.entryCount(); i++) {
			Timing timing = result.code(i).timing();
			if (timing == Timing.PER_SERVICE) {
				untimed.add(result.code(i).code());
			}
			else if (timing != Timing.PER_15_MINUTES) {
				asEntered.add(result.code(i).code() + " " + units(result.units(i)));
			}
		}
		if (!untimed.isEmpty()) {
			steps.add("Untimed: " + joinAnd(untimed) + ((untimed.size() == 1) ? " counts" : " count each")
					+ " 1 unit; untimed minutes never count as timed minutes.");
		}
		if (!asEntered.isEmpty()) {
			steps.add("Not 15-minute codes, units as entered: " + String.join(", ", asEntered) + ".");
		}
	}

	private static List<Integer> timedEntries(UnitResult result) {
		List<Integer> timed = new ArrayList<>();
		for (int i = 0; i < result.entryCount(); i++) {
			if (result.isTimed(i)) {
				timed.add(i);
			}
		}
		return timed;
	}

}
