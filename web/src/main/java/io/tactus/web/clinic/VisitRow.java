package io.tactus.web.clinic;

import java.util.Optional;

import io.tactus.core.billing.ExpectedPayment;

/**
 * One visit of the visit list with the engine's figures, evaluated like the visit page
 * does it: units and findings under the payer's rule and the expected payment.
 *
 * @param visit the visit
 * @param evaluated the evaluation, empty when the engine refuses the stored visit
 */
record VisitRow(StoredVisit visit, Optional<ClinicBilling.Evaluated> evaluated) {

	static VisitRow of(ClinicBilling billing, ClinicBilling.Claims claims, StoredVisit visit) {
		return new VisitRow(visit, billing.evaluateStored(claims, visit));
	}

	/**
	 * Whether the engine evaluated the visit.
	 * @return false for a stored visit the engine now refuses
	 */
	public boolean evaluable() {
		return this.evaluated.isPresent();
	}

	/**
	 * The units under the payer's rule.
	 * @return the total units
	 */
	public int units() {
		return this.evaluated.orElseThrow().payers().appliedUnits().totalUnits();
	}

	/**
	 * The engine's findings under the payer's rule.
	 * @return how many
	 */
	public int findings() {
		return this.evaluated.orElseThrow().payers().findings().size();
	}

	/**
	 * The expected payment under the payer's rule.
	 * @return the payment
	 */
	public ExpectedPayment payment() {
		return this.evaluated.orElseThrow().payers().payment();
	}

	/**
	 * Whether the visit passes the filter's finding part.
	 * @param filter the filter
	 * @return true without a finding part; false when the visit cannot be evaluated and
	 * the filter has one
	 */
	boolean matches(VisitFilter filter) {
		return filter.finding().map((wanted) -> evaluable() && (findings() > 0) == wanted).orElse(true);
	}

}
