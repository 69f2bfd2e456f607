package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import io.tactus.core.codes.BillingCode;

/**
 * The units of one visit under one rule, with the reasoning.
 *
 * <p>
 * Figures are computed eagerly; the per-code reasons and the step-by-step explanation are
 * built the first time they are asked for, so that counting a million visits does not
 * build a million explanations nobody reads. Instances are immutable in effect and safe
 * to share.
 */
public final class UnitResult {

	private final UnitRule rule;

	private final List<ServiceLine> services;

	private final List<UnitCalculator.Counted> entries;

	private final int timedMinutes;

	private final int timedUnits;

	private final int untimedUnits;

	private final int leftoverUnits;

	private final int tiedRemainder;

	private List<LineUnits> lines;

	private List<UnitStep> explanation;

	UnitResult(UnitRule rule, List<ServiceLine> services, List<UnitCalculator.Counted> entries, int timedMinutes,
			int timedUnits, int untimedUnits, int leftoverUnits, int tiedRemainder) {
		this.rule = rule;
		this.services = services;
		this.entries = entries;
		this.timedMinutes = timedMinutes;
		this.timedUnits = timedUnits;
		this.untimedUnits = untimedUnits;
		this.leftoverUnits = leftoverUnits;
		this.tiedRemainder = tiedRemainder;
	}

	/**
	 * The rule applied.
	 * @return CMS or AMA
	 */
	public UnitRule rule() {
		return this.rule;
	}

	/**
	 * Every unit of the visit, timed and untimed.
	 * @return the total units
	 */
	public int totalUnits() {
		return this.timedUnits + this.untimedUnits;
	}

	/**
	 * Units of the 15-minute timed codes.
	 * @return the timed units
	 */
	public int timedUnits() {
		return this.timedUnits;
	}

	/**
	 * Units of the untimed codes (one per code, or as entered for hour-block and unlisted
	 * codes).
	 * @return the untimed units
	 */
	public int untimedUnits() {
		return this.untimedUnits;
	}

	/**
	 * Minutes of the 15-minute timed codes; untimed minutes never count.
	 * @return the timed minutes
	 */
	public int timedMinutes() {
		return this.timedMinutes;
	}

	/**
	 * The units of one code.
	 * @param code the code
	 * @return its units, or empty when the visit does not have the code
	 */
	public OptionalInt unitsFor(String code) {
		for (UnitCalculator.Counted counted : this.entries) {
			if (counted.entry().code().code().equals(code)) {
				return OptionalInt.of(counted.units());
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Whether two or more codes had equal leftover minutes for fewer units than codes, so
	 * the engine chose (the first-entered code wins). Only the CMS rule breaks ties.
	 * @return true when a tie was broken
	 */
	public boolean tieBroken() {
		return this.tiedRemainder > 0;
	}

	/**
	 * The codes that could have taken the leftover unit(s) in a tie, in entry order.
	 * @return the tied codes, empty when no tie was broken
	 */
	public List<String> tiedCodes() {
		if (this.tiedRemainder <= 0) {
			return List.of();
		}
		List<String> tied = new ArrayList<>();
		for (UnitCalculator.Counted counted : this.entries) {
			if (counted.entry().timed() && counted.entry().leftoverMinutes() == this.tiedRemainder) {
				tied.add(counted.entry().code().code());
			}
		}
		return List.copyOf(tied);
	}

	/**
	 * One line per distinct code, in the order first entered, with units and reason.
	 * @return the per-code units
	 */
	public List<LineUnits> lines() {
		List<LineUnits> result = this.lines;
		if (result == null) {
			List<LineUnits> built = new ArrayList<>(this.entries.size());
			for (int i = 0; i < this.entries.size(); i++) {
				UnitCalculator.Counted counted = this.entries.get(i);
				UnitCalculator.Entry entry = counted.entry();
				OptionalInt minutes = entry.minutesKnown() ? OptionalInt.of(entry.minutes()) : OptionalInt.empty();
				built.add(new LineUnits(entry.code().code(), minutes, counted.units(), UnitReasons.reason(this, i),
						entry.lines()));
			}
			result = List.copyOf(built);
			this.lines = result;
		}
		return result;
	}

	/**
	 * The calculation step by step, for a clinic owner; {@code web} words each step.
	 * @return the steps, in order
	 */
	public List<UnitStep> explanation() {
		List<UnitStep> result = this.explanation;
		if (result == null) {
			result = UnitSteps.explain(this);
			this.explanation = result;
		}
		return result;
	}

	List<Integer> linesOf(int entry) {
		return this.entries.get(entry).entry().lines();
	}

	// Package-private access for the text builder, the checks and the payment.

	int entryCount() {
		return this.entries.size();
	}

	BillingCode code(int entry) {
		return this.entries.get(entry).entry().code();
	}

	boolean isTimed(int entry) {
		return this.entries.get(entry).entry().timed();
	}

	int minutes(int entry) {
		return this.entries.get(entry).entry().minutes();
	}

	boolean minutesKnown(int entry) {
		return this.entries.get(entry).entry().minutesKnown();
	}

	int units(int entry) {
		return this.entries.get(entry).units();
	}

	boolean gotLeftoverUnit(int entry) {
		return this.entries.get(entry).leftoverUnit();
	}

	int lineCount(int entry) {
		return this.entries.get(entry).entry().lines().size();
	}

	int entryOfLine(int line) {
		for (int i = 0; i < this.entries.size(); i++) {
			if (this.entries.get(i).entry().lines().contains(line)) {
				return i;
			}
		}
		throw new IndexOutOfBoundsException("No line " + line + " in a visit of " + this.services.size() + " lines");
	}

	OptionalInt billedUnits(int entry) {
		return this.entries.get(entry).entry().billed();
	}

	int leftoverUnits() {
		return this.leftoverUnits;
	}

	int tiedRemainder() {
		return this.tiedRemainder;
	}

	List<ServiceLine> services() {
		return this.services;
	}

	@Override
	public String toString() {
		return this.rule + " " + totalUnits() + " units (" + this.timedUnits + " timed from " + this.timedMinutes
				+ " min)";
	}

}
