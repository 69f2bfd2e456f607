package io.tactus.core.billing;

import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;

/**
 * The units a code was billed for next to the units the rule gives it, and what the
 * difference is worth.
 *
 * @param billed the units billed
 * @param ruleUnits the units the rule gives
 * @param rule the rule that gave them
 * @param amount what the payer would pay differently, multiple-procedure and assistant
 * reductions included (the {@link BillingGap} valued once by the payment code), when the
 * payer has a rate for the code
 */
public record UnitGap(int billed, int ruleUnits, UnitRule rule, Optional<Money> amount) {

	public UnitGap {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(amount, "amount");
		if (billed < 0 || ruleUnits < 0) {
			throw new IllegalArgumentException("Units cannot be negative: " + billed + " billed, " + ruleUnits);
		}
		if (billed == ruleUnits) {
			throw new IllegalArgumentException("No gap: " + billed + " units billed and given");
		}
		amount.ifPresent((value) -> {
			if (value.isNegative()) {
				throw new IllegalArgumentException("A gap cannot be worth a negative amount: " + value);
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

}
