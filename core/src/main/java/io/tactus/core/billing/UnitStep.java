package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * One step of the calculation of a visit's units, as figures and codes; {@code web} words
 * it from its message bundles.
 */
public sealed interface UnitStep {

	/**
	 * The rule being applied, stated first.
	 *
	 * @param rule CMS or AMA
	 */
	record RuleIntro(UnitRule rule) implements UnitStep {

		public RuleIntro {
			Objects.requireNonNull(rule, "rule");
		}

	}

	/** The visit has no 15-minute timed code. */
	record NoTimedCodes() implements UnitStep {

	}

	/**
	 * CMS rule: the timed minutes of several codes added together.
	 *
	 * @param parts each timed code with its minutes, in entry order
	 * @param total their sum
	 */
	record PooledMinutes(List<CodeMinutes> parts, int total) implements UnitStep {

		public PooledMinutes {
			parts = List.copyOf(parts);
			if (parts.size() < 2 || parts.stream().mapToInt(CodeMinutes::minutes).sum() != total) {
				throw new IllegalArgumentException("Pooled minutes need two parts adding up to " + total);
			}
		}

	}

	/**
	 * CMS rule: the chart row that gives the timed units.
	 *
	 * @param minutes the timed minutes
	 * @param units the units (at least 1)
	 */
	record ChartTotal(int minutes, int units) implements UnitStep {

		public ChartTotal {
			if (units < 1 || minutes < from(units) || minutes > to(units)) {
				throw new IllegalArgumentException(minutes + " minutes do not give " + units + " units");
			}
		}

		/**
		 * The fewest minutes of the chart row.
		 * @return 15 × units − 7
		 */
		public int fromMinutes() {
			return from(this.units);
		}

		/**
		 * The most minutes of the chart row.
		 * @return 15 × units + 7
		 */
		public int toMinutes() {
			return to(this.units);
		}

		private static int from(int units) {
			return 15 * units - 7;
		}

		private static int to(int units) {
			return 15 * units + 7;
		}

	}

	/**
	 * CMS rule: fewer than 8 timed minutes, so no timed unit.
	 *
	 * @param minutes the timed minutes
	 */
	record UnderEightMinutes(int minutes) implements UnitStep {

		public UnderEightMinutes {
			if (minutes < 0 || minutes >= 8) {
				throw new IllegalArgumentException("Not under 8 minutes: " + minutes);
			}
		}

	}

	/**
	 * CMS rule: the full 15-minute units each code keeps.
	 *
	 * @param codes the codes with at least one full unit, in entry order
	 */
	record FullUnitsKept(List<CodeFullUnits> codes) implements UnitStep {

		public FullUnitsKept {
			codes = List.copyOf(codes);
			if (codes.isEmpty()) {
				throw new IllegalArgumentException("No code keeps a full unit");
			}
		}

	}

	/** CMS rule: no code reached 15 minutes, so none keeps a full unit. */
	record NoCodeReached15() implements UnitStep {

	}

	/**
	 * CMS rule: the leftover minutes do not add up to another unit.
	 *
	 * @param leftovers each code's leftover minutes, largest first
	 */
	record LeftoversShort(List<CodeMinutes> leftovers) implements UnitStep {

		public LeftoversShort {
			leftovers = List.copyOf(leftovers);
			if (leftovers.isEmpty()) {
				throw new IllegalArgumentException("No leftover minutes");
			}
		}

	}

	/**
	 * CMS rule: the units left after the full units, and the codes that take them.
	 *
	 * @param leftovers each code's leftover minutes, largest first
	 * @param positions the positions of the units given among the visit's units (e.g. 3
	 * for the third)
	 * @param winners the codes that take them, in the order given
	 */
	record LeftoverUnitsGiven(List<CodeMinutes> leftovers, List<Integer> positions,
			List<String> winners) implements UnitStep {

		public LeftoverUnitsGiven {
			leftovers = List.copyOf(leftovers);
			positions = List.copyOf(positions);
			winners = List.copyOf(winners);
			if (positions.isEmpty() || positions.size() != winners.size() || leftovers.size() < winners.size()
					|| positions.stream().anyMatch((position) -> position < 1)) {
				throw new IllegalArgumentException("Leftover units " + positions + " do not match codes " + winners);
			}
		}

		/**
		 * How many units were left to give.
		 * @return the number of units
		 */
		public int units() {
			return this.positions.size();
		}

	}

	/**
	 * CMS rule: codes with equal leftover minutes competed for fewer units; the first
	 * entered won.
	 *
	 * @param codes the tied codes, in entry order
	 * @param remainder their leftover minutes
	 * @param unitsWon the units the first-entered of them took
	 */
	record Tie(List<String> codes, int remainder, int unitsWon) implements UnitStep {

		public Tie {
			codes = List.copyOf(codes);
			if (codes.size() < 2 || remainder < 1 || remainder > 14 || unitsWon < 1 || unitsWon >= codes.size()) {
				throw new IllegalArgumentException("Not a tie: " + codes + " for " + unitsWon + " units");
			}
		}

	}

	/**
	 * AMA rule: one timed code counted on its own.
	 *
	 * @param code the code
	 * @param minutes its minutes
	 * @param units its units
	 */
	record AmaCode(String code, int minutes, int units) implements UnitStep {

		public AmaCode {
			Objects.requireNonNull(code, "code");
			if (minutes < 0 || units < 0) {
				throw new IllegalArgumentException("Negative figure for " + code);
			}
		}

		/**
		 * Whether the code ran under the 8-minute midpoint.
		 * @return true under 8 minutes
		 */
		public boolean underEightMinutes() {
			return this.minutes < 8;
		}

	}

	/**
	 * AMA rule: the timed minutes and units of the visit.
	 *
	 * @param minutes the timed minutes
	 * @param units the timed units
	 */
	record AmaTimedTotal(int minutes, int units) implements UnitStep {

		public AmaTimedTotal {
			if (minutes < 0 || units < 0) {
				throw new IllegalArgumentException("Negative timed total");
			}
		}

	}

	/**
	 * The untimed codes, one unit each.
	 *
	 * @param codes the codes, in entry order
	 */
	record UntimedCodes(List<String> codes) implements UnitStep {

		public UntimedCodes {
			codes = List.copyOf(codes);
			if (codes.isEmpty()) {
				throw new IllegalArgumentException("No untimed codes");
			}
		}

	}

	/**
	 * Codes that are neither untimed nor 15-minute codes: units as entered.
	 *
	 * @param codes the codes with their units, in entry order
	 */
	record AsEntered(List<CodeUnits> codes) implements UnitStep {

		public AsEntered {
			codes = List.copyOf(codes);
			if (codes.isEmpty()) {
				throw new IllegalArgumentException("No codes taken as entered");
			}
		}

	}

	/**
	 * A code entered on several lines, counted once with the minutes added.
	 *
	 * @param code the code
	 * @param lines how many lines
	 */
	record MergedLines(String code, int lines) implements UnitStep {

		public MergedLines {
			Objects.requireNonNull(code, "code");
			if (lines < 2) {
				throw new IllegalArgumentException(code + " was not merged from " + lines + " lines");
			}
		}

	}

	/**
	 * The visit's units.
	 *
	 * @param timed the timed units
	 * @param untimed the untimed units
	 */
	record Total(int timed, int untimed) implements UnitStep {

		public Total {
			if (timed < 0 || untimed < 0) {
				throw new IllegalArgumentException("Negative total");
			}
		}

		/**
		 * Every unit of the visit.
		 * @return timed plus untimed
		 */
		public int units() {
			return this.timed + this.untimed;
		}

	}

	/**
	 * A code with minutes.
	 *
	 * @param code the code
	 * @param minutes its minutes
	 */
	record CodeMinutes(String code, int minutes) {

		public CodeMinutes {
			Objects.requireNonNull(code, "code");
			if (minutes < 0) {
				throw new IllegalArgumentException("Negative minutes for " + code);
			}
		}

	}

	/**
	 * A code with its full 15-minute units.
	 *
	 * @param code the code
	 * @param minutes its minutes
	 * @param fullUnits its full units (minutes / 15)
	 */
	record CodeFullUnits(String code, int minutes, int fullUnits) {

		public CodeFullUnits {
			Objects.requireNonNull(code, "code");
			if (fullUnits < 1 || fullUnits != minutes / 15) {
				throw new IllegalArgumentException(code + ": " + minutes + " min do not keep " + fullUnits);
			}
		}

	}

	/**
	 * A code with its units.
	 *
	 * @param code the code
	 * @param units its units
	 */
	record CodeUnits(String code, int units) {

		public CodeUnits {
			Objects.requireNonNull(code, "code");
			if (units < 0) {
				throw new IllegalArgumentException("Negative units for " + code);
			}
		}

	}

}
