package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;

import io.tactus.core.codes.Timing;

/**
 * Builds the typed steps of a {@link UnitResult}'s calculation.
 */
final class UnitSteps {

	private UnitSteps() {
	}

	static List<UnitStep> explain(UnitResult result) {
		List<UnitStep> steps = new ArrayList<>();
		steps.add(new UnitStep.RuleIntro(result.rule()));
		if (result.rule() == UnitRule.CMS) {
			explainCms(result, steps);
		}
		else {
			explainAma(result, steps);
		}
		explainUntimed(result, steps);
		for (int i = 0; i < result.entryCount(); i++) {
			if (result.lineCount(i) > 1) {
				steps.add(new UnitStep.MergedLines(result.code(i).code(), result.lineCount(i)));
			}
		}
		steps.add(new UnitStep.Total(result.timedUnits(), result.untimedUnits()));
		return List.copyOf(steps);
	}

	private static void explainCms(UnitResult result, List<UnitStep> steps) {
		List<Integer> timed = timedEntries(result);
		if (timed.isEmpty()) {
			steps.add(new UnitStep.NoTimedCodes());
			return;
		}
		int minutes = result.timedMinutes();
		int total = result.timedUnits();
		if (timed.size() > 1) {
			List<UnitStep.CodeMinutes> parts = new ArrayList<>();
			for (int i : timed) {
				parts.add(new UnitStep.CodeMinutes(result.code(i).code(), result.minutes(i)));
			}
			steps.add(new UnitStep.PooledMinutes(parts, minutes));
		}
		if (total == 0) {
			steps.add(new UnitStep.UnderEightMinutes(minutes));
			return;
		}
		steps.add(new UnitStep.ChartTotal(minutes, total));
		List<UnitStep.CodeFullUnits> keeps = new ArrayList<>();
		for (int i : timed) {
			int full = result.minutes(i) / 15;
			if (full > 0) {
				keeps.add(new UnitStep.CodeFullUnits(result.code(i).code(), result.minutes(i), full));
			}
		}
		steps.add(keeps.isEmpty() ? new UnitStep.NoCodeReached15() : new UnitStep.FullUnitsKept(keeps));
		explainLeftovers(result, steps, timed, total);
	}

	private static void explainLeftovers(UnitResult result, List<UnitStep> steps, List<Integer> timed, int total) {
		int remaining = result.leftoverUnits();
		List<Integer> byLeftover = new ArrayList<>();
		for (int i : timed) {
			if (result.minutes(i) % 15 > 0) {
				byLeftover.add(i);
			}
		}
		byLeftover.sort((a, b) -> Integer.compare(result.minutes(b) % 15, result.minutes(a) % 15));
		List<UnitStep.CodeMinutes> leftovers = new ArrayList<>();
		for (int i : byLeftover) {
			leftovers.add(new UnitStep.CodeMinutes(result.code(i).code(), result.minutes(i) % 15));
		}
		if (remaining == 0) {
			if (!leftovers.isEmpty()) {
				steps.add(new UnitStep.LeftoversShort(leftovers));
			}
			return;
		}
		List<Integer> positions = new ArrayList<>();
		List<String> winners = new ArrayList<>();
		for (int unit = total - remaining + 1; unit <= total; unit++) {
			positions.add(unit);
		}
		for (int i : byLeftover) {
			if (result.gotLeftoverUnit(i)) {
				winners.add(result.code(i).code());
			}
		}
		steps.add(new UnitStep.LeftoverUnitsGiven(leftovers, positions, winners));
		if (result.tieBroken()) {
			int won = 0;
			for (int i : byLeftover) {
				if (result.gotLeftoverUnit(i) && result.minutes(i) % 15 == result.tiedRemainder()) {
					won++;
				}
			}
			steps.add(new UnitStep.Tie(result.tiedCodes(), result.tiedRemainder(), won));
		}
	}

	private static void explainAma(UnitResult result, List<UnitStep> steps) {
		List<Integer> timed = timedEntries(result);
		if (timed.isEmpty()) {
			steps.add(new UnitStep.NoTimedCodes());
			return;
		}
		for (int i : timed) {
			steps.add(new UnitStep.AmaCode(result.code(i).code(), result.minutes(i), result.units(i)));
		}
		steps.add(new UnitStep.AmaTimedTotal(result.timedMinutes(), result.timedUnits()));
	}

	private static void explainUntimed(UnitResult result, List<UnitStep> steps) {
		List<String> untimed = new ArrayList<>();
		List<UnitStep.CodeUnits> asEntered = new ArrayList<>();
		for (int i = 0; i < result.entryCount(); i++) {
			Timing timing = result.code(i).timing();
			if (timing == Timing.PER_SERVICE) {
				untimed.add(result.code(i).code());
			}
			else if (timing != Timing.PER_15_MINUTES) {
				asEntered.add(new UnitStep.CodeUnits(result.code(i).code(), result.units(i)));
			}
		}
		if (!untimed.isEmpty()) {
			steps.add(new UnitStep.UntimedCodes(untimed));
		}
		if (!asEntered.isEmpty()) {
			steps.add(new UnitStep.AsEntered(asEntered));
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
