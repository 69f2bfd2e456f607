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

}
