package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The units a code was billed for next to the units the rule gives it, and what one unit
 * of it is worth.
 *
 * @param billed the units billed
 * @param ruleUnits the units the rule gives
 * @param rule the rule that gave them
 * @param unitRate the payment for one unit, when the payer has a rate for the code
 */
public record UnitGap(int billed, int ruleUnits, UnitRule rule, Optional<BigDecimal> unitRate) {

	public UnitGap {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(unitRate, "unitRate");
		if (billed < 0 || ruleUnits < 0) {
			throw new IllegalArgumentException("Units cannot be negative: " + billed + " billed, " + ruleUnits);
		}
		if (billed == ruleUnits) {
			throw new IllegalArgumentException("No gap: " + billed + " units billed and given");
		}
		unitRate.ifPresent((rate) -> {
			if (rate.signum() < 0) {
				throw new IllegalArgumentException("A unit rate cannot be negative: " + rate);
			}
		});
	}

	/**
	 * The units between what was billed and what the rule gives.
	 * @return a positive number of units
	 */
	public int units() {
		return Math.abs(this.billed - this.ruleUnits);
	}

	/**
	 * Whether more units were billed than the rule gives.
	 * @return true when overbilled
	 */
	public boolean over() {
		return this.billed > this.ruleUnits;
	}

	/**
	 * What the gap is worth before any multiple-procedure reduction: the unit rate times
	 * the units, unrounded.
	 * @return the amount, when a rate is known
	 */
	public Optional<BigDecimal> amount() {
		return this.unitRate.map((rate) -> rate.multiply(BigDecimal.valueOf(units())));
	}

}
