package io.tactus.core.billing;

/**
 * What an expected payment is computed from.
 */
public enum PaymentBasis {

	/** The Medicare physician fee schedule: RVUs, GPCIs, conversion factor, MPPR. */
	MEDICARE_FEE_SCHEDULE,

	/** The clinic's own fee per unit. */
	CLINIC_FEE_SCHEDULE,

	/** Nothing to price with: no fee schedule was given for a non-Medicare payer. */
	NONE

}
