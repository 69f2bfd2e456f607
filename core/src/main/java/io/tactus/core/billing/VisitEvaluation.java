package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * Everything the engine says about one visit: units under both rules, the rule that
 * applies, the findings and the expected payment.
 *
 * @param claim the claim evaluated
 * @param appliedRule the unit rule the payment and checks used
 * @param units the units under both rules
 * @param findings the findings, errors first, then warnings, then remarks
 * @param payment the expected payment under the applied rule
 */
public record VisitEvaluation(VisitClaim claim, UnitRule appliedRule, UnitComparison units, List<Finding> findings,
		ExpectedPayment payment) {

	public VisitEvaluation {
		Objects.requireNonNull(claim, "claim");
		Objects.requireNonNull(appliedRule, "appliedRule");
		Objects.requireNonNull(units, "units");
		findings = List.copyOf(findings);
		Objects.requireNonNull(payment, "payment");
	}

	/**
	 * The units under the rule that applies.
	 * @return the applied rule's result
	 */
	public UnitResult appliedUnits() {
		return this.units.forRule(this.appliedRule);
	}

	/**
	 * Whether any finding is an error.
	 * @return true when the claim has an error
	 */
	public boolean hasErrors() {
		for (Finding finding : this.findings) {
			if (finding.severity() == Severity.ERROR) {
				return true;
			}
		}
		return false;
	}

}
