package io.tactus.core.summary;

import java.util.Objects;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.money.Money;

/**
 * One payer's visits with units and expected revenue under both rules, side by side.
 *
 * @param payer the payer's name
 * @param kind the kind of payer
 * @param rule the rule the payer applies (as set up by the clinic)
 * @param visits the visits
 * @param cmsUnits units under the CMS 8-minute rule
 * @param amaUnits units under the AMA midpoint rule
 * @param cmsRevenue expected revenue under the CMS rule (lines with a rate)
 * @param amaRevenue expected revenue under the AMA rule (lines with a rate)
 */
public record PayerRow(String payer, PayerKind kind, UnitRule rule, long visits, long cmsUnits, long amaUnits,
		Money cmsRevenue, Money amaRevenue) {

	public PayerRow {
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(cmsRevenue, "cmsRevenue");
		Objects.requireNonNull(amaRevenue, "amaRevenue");
	}

	/**
	 * The revenue under the payer's rule.
	 * @return CMS or AMA revenue
	 */
	public Money appliedRevenue() {
		return (this.rule == UnitRule.CMS) ? this.cmsRevenue : this.amaRevenue;
	}

	/**
	 * AMA revenue minus CMS revenue.
	 * @return the difference
	 */
	public Money revenueDifference() {
		return this.amaRevenue.minus(this.cmsRevenue);
	}

}
