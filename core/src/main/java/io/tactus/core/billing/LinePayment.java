package io.tactus.core.billing;

import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;

/**
 * The expected payment of one code of a visit.
 *
 * @param code the code
 * @param units the units paid (the applied unit rule's units)
 * @param amount the amount in dollars, rounded half-up to cents; empty when there is no
 * rate (never $0 for an unknown rate; $0 only when the payer pays nothing, e.g. a bundled
 * code)
 * @param reason how the amount was found, or why there is none
 */
public record LinePayment(String code, int units, Optional<Money> amount, PaymentReason reason) {

	public LinePayment {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(reason, "reason");
		if (units < 0) {
			throw new IllegalArgumentException("Units cannot be negative: " + units);
		}
	}

	/**
	 * Whether a rate was known.
	 * @return true when {@link #amount()} is present
	 */
	public boolean hasRate() {
		return this.amount.isPresent();
	}

}
