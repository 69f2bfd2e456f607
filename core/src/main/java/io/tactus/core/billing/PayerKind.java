package io.tactus.core.billing;

/**
 * The kind of payer a visit is billed to.
 */
public enum PayerKind {

	/** Original Medicare, Part B. */
	MEDICARE_PART_B(UnitRule.CMS),

	/** A Medicare Advantage (Part C) plan. */
	MEDICARE_ADVANTAGE(UnitRule.CMS),

	/** A state Medicaid program. */
	MEDICAID(UnitRule.CMS),

	/** A commercial health plan. */
	COMMERCIAL(UnitRule.AMA),

	/** Auto insurance personal injury protection. */
	AUTO_PIP(UnitRule.AMA),

	/** Workers' compensation. */
	WORKERS_COMP(UnitRule.AMA),

	/** The patient pays the clinic directly. */
	CASH(UnitRule.AMA);

	private final UnitRule defaultUnitRule;

	PayerKind(UnitRule defaultUnitRule) {
		this.defaultUnitRule = defaultUnitRule;
	}

	/**
	 * The unit rule this kind of payer usually applies: CMS for Medicare, Medicare
	 * Advantage and Medicaid, AMA for the others. A claim may override it.
	 * @return the usual rule
	 */
	public UnitRule defaultUnitRule() {
		return this.defaultUnitRule;
	}

	/**
	 * Whether the payer is Medicare (Part B or Advantage).
	 * @return true for Medicare payers
	 */
	public boolean isMedicare() {
		return this == MEDICARE_PART_B || this == MEDICARE_ADVANTAGE;
	}

}
