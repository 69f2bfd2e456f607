package io.tactus.core.summary;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where billed units differ from the applied rule's units.
 *
 * @param overVisits visits with more units billed than the rule gives
 * @param overUnits the excess units
 * @param overDollars the excess at one unit's rate, where a rate is known
 * @param underVisits visits with fewer units billed than the rule gives
 * @param underUnits the missing units
 * @param underDollars the missing units at one unit's rate, where a rate is known
 */
public record BillingGaps(long overVisits, long overUnits, BigDecimal overDollars, long underVisits, long underUnits,
		BigDecimal underDollars) {

	public BillingGaps {
		Objects.requireNonNull(overDollars, "overDollars");
		Objects.requireNonNull(underDollars, "underDollars");
	}

}
