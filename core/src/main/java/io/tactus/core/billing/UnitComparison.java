package io.tactus.core.billing;

import java.util.Objects;

/**
 * The units of one visit under both rules, side by side.
 *
 * @param cms the result under the CMS 8-minute rule
 * @param ama the result under the AMA midpoint rule
 */
public record UnitComparison(UnitResult cms, UnitResult ama) {

	public UnitComparison {
		Objects.requireNonNull(cms, "cms");
		Objects.requireNonNull(ama, "ama");
		if (cms.rule() != UnitRule.CMS || ama.rule() != UnitRule.AMA) {
			throw new IllegalArgumentException(
					"Expected a CMS and an AMA result, got " + cms.rule() + " and " + ama.rule());
		}
	}

	/**
	 * The result under one rule.
	 * @param rule the rule
	 * @return that rule's result
	 */
	public UnitResult forRule(UnitRule rule) {
		return (rule == UnitRule.CMS) ? this.cms : this.ama;
	}

	/**
	 * AMA total units minus CMS total units.
	 * @return positive when the AMA rule gives more units
	 */
	public int difference() {
		return this.ama.totalUnits() - this.cms.totalUnits();
	}

	/**
	 * One sentence comparing the two totals.
	 * @return e.g. "CMS 8-minute rule: 3 units; AMA midpoint rule: 4 units (1 more)."
	 */
	public String summary() {
		int difference = difference();
		String tail = (difference == 0) ? " (the same)."
				: " (" + Math.abs(difference) + ((difference > 0) ? " more)." : " fewer).");
		return "CMS 8-minute rule: " + UnitText.units(this.cms.totalUnits()) + "; AMA midpoint rule: "
				+ UnitText.units(this.ama.totalUnits()) + tail;
	}

}
