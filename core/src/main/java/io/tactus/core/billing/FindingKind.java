package io.tactus.core.billing;

/**
 * What a claim check found.
 */
public enum FindingKind {

	/** Two codes of an edit pair billed together without 59/XE/XS/XP/XU. */
	EDIT_PAIR_WITHOUT_MODIFIER,

	/** Modifier 59 on the same line as an X modifier (XE/XS/XP/XU). */
	MODIFIER_59_WITH_X,

	/** More units than the medically unlikely edit allows in a day. */
	UNITS_ABOVE_MUE,

	/** A code Medicare bundles (paid $0), such as 97010. */
	MEDICARE_BUNDLED_CODE,

	/** A code Medicare does not recognise, such as 97014 (bill G0283). */
	MEDICARE_UNRECOGNISED_CODE,

	/** A timed code under 8 minutes that earns no unit. */
	TIMED_CODE_UNDER_8_MINUTES,

	/** A licensed massage therapist billing a code outside the allowed list. */
	LMT_CODE_OUTSIDE_SCOPE,

	/** A licensed massage therapist on a Medicare Part B claim. */
	LMT_ON_MEDICARE,

	/** A Medicare therapy line without GP, GO or GN. */
	MISSING_THERAPY_MODIFIER,

	/** A therapy modifier that does not match the provider's discipline. */
	WRONG_THERAPY_MODIFIER,

	/** An assistant's Medicare line without CQ (PTA) or CO (OTA). */
	MISSING_ASSISTANT_MODIFIER,

	/** A line paid at 85% because an assistant furnished it (CQ/CO). */
	ASSISTANT_PAYMENT_REDUCTION,

	/** More units billed than the unit rule gives. */
	OVERBILLED_UNITS,

	/** Fewer units billed than the unit rule gives. */
	UNDERBILLED_UNITS,

	/** The same code entered on several lines, merged for counting. */
	DUPLICATE_CODE_MERGED

}
