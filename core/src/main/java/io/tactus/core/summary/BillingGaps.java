package io.tactus.core.summary;

import java.util.Objects;

import io.tactus.core.money.Money;

/**
 * Where billed units differ from the applied rule's units.
 *
 * @param overVisits visits with more units billed than the rule gives
 * @param overUnits the excess units
 * @param overDollars what the excess units are worth (each visit's
 * {@link io.tactus.core.billing.BillingGap}), where a rate is known
 * @param underVisits visits with fewer units billed than the rule gives
 * @param underUnits the missing units
 * @param underDollars what the missing units are worth, where a rate is known
 */
public record BillingGaps(long overVisits, long overUnits, Money overDollars, long underVisits, long underUnits,
		Money underDollars) {

	public BillingGaps {
		Objects.requireNonNull(overDollars, "overDollars");
		Objects.requireNonNull(underDollars, "underDollars");
	}

}
