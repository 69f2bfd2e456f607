package io.tactus.core.billing;

import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;

/**
 * A code billed with more or fewer units than the applied rule gives, and what the
 * difference is worth.
 *
 * @param code the code
 * @param billedUnits the units billed (summed over the code's lines)
 * @param ruleUnits the units the rule gives
 * @param amount what the payer would pay differently for the billed units: the visit's
 * payment with the billed units minus its payment with the rule's units, as a positive
 * amount, multiple-procedure and assistant reductions included; empty when either has no
 * rate
 */
public record BillingGap(String code, int billedUnits, int ruleUnits, Optional<Money> amount) {

	public BillingGap {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(amount, "amount");
		if (billedUnits < 0 || ruleUnits < 0) {
			throw new IllegalArgumentException("Units cannot be negative: " + billedUnits + ", " + ruleUnits);
		}
		if (billedUnits == ruleUnits) {
			throw new IllegalArgumentException("No gap: " + billedUnits + " units billed and given");
		}
		if (amount.isPresent() && amount.get().isNegative()) {
			throw new IllegalArgumentException("A gap is worth a positive amount: " + amount.get());
		}
	}

	/**
	 * Whether more units were billed than the rule gives.
	 * @return true when overbilled, false when underbilled
	 */
	public boolean overbilled() {
		return this.billedUnits > this.ruleUnits;
	}

	/**
	 * How many units too many or too few.
	 * @return the absolute difference, at least 1
	 */
	public int units() {
		return Math.abs(this.billedUnits - this.ruleUnits);
	}

}
