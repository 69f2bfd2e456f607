package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.tactus.core.codes.CodeCatalog;

/**
 * The billing rules in one place, for the web layer: units, checks and expected payment
 * of a visit.
 *
 * <p>
 * Build it once (it holds the reference tables) and share it: it is immutable and
 * thread-safe. {@link #standard()} loads every table from {@code data/billing/} on the
 * classpath.
 */
public final class BillingEngine {

	private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

	private final CodeCatalog catalog;

	private final EditPairs editPairs;

	private final RvuTable rvus;

	private final GpciTable gpcis;

	private final UnitCalculator units;

	private final PaymentCalculator payment;

	private final ClaimChecks checks;

	private BillingEngine(CodeCatalog catalog, EditPairs editPairs, RvuTable rvus, GpciTable gpcis) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.editPairs = Objects.requireNonNull(editPairs, "editPairs");
		this.rvus = Objects.requireNonNull(rvus, "rvus");
		this.gpcis = Objects.requireNonNull(gpcis, "gpcis");
		this.units = new UnitCalculator(catalog);
		this.payment = new PaymentCalculator(rvus, gpcis);
		this.checks = new ClaimChecks(editPairs);
	}

	/**
	 * An engine over the given tables, without Medicare localities (claims with a
	 * locality have no Medicare rate).
	 * @param catalog the codes
	 * @param editPairs the edit pairs
	 * @param rvus the Medicare RVUs and conversion factors
	 * @return the engine
	 */
	public static BillingEngine of(CodeCatalog catalog, EditPairs editPairs, RvuTable rvus) {
		return new BillingEngine(catalog, editPairs, rvus, GpciTable.empty());
	}

	/**
	 * An engine over the given tables.
	 * @param catalog the codes
	 * @param editPairs the edit pairs
	 * @param rvus the Medicare RVUs and conversion factors
	 * @param gpcis the Medicare localities' GPCIs
	 * @return the engine
	 */
	public static BillingEngine of(CodeCatalog catalog, EditPairs editPairs, RvuTable rvus, GpciTable gpcis) {
		return new BillingEngine(catalog, editPairs, rvus, gpcis);
	}

	/**
	 * An engine over the tables under {@code data/billing/} on the classpath.
	 * @return the engine
	 * @throws io.tactus.core.codes.ReferenceDataException when a table is missing or bad
	 */
	public static BillingEngine standard() {
		return new BillingEngine(CodeCatalog.load(), EditPairs.load(), RvuTable.load(), GpciTable.load());
	}

	/**
	 * Units of a visit's services under one rule.
	 * @param services the services, in the order entered
	 * @param rule the rule
	 * @return the units with their reasoning
	 * @throws InvalidServiceException when a line has an unknown code, negative or
	 * missing minutes, more than {@link VisitClaim#MAX_MODIFIERS} modifiers, a modifier
	 * that is not two characters, more than {@link VisitClaim#MAX_BILLED_UNITS} billed
	 * units or a body region longer than {@link VisitClaim#MAX_REGION_LENGTH}, when the
	 * line or visit has more than 1440 minutes, or the visit more than
	 * {@link VisitClaim#MAX_SERVICES} services
	 */
	public UnitResult units(List<ServiceLine> services, UnitRule rule) {
		return this.units.calculate(services, rule);
	}

	/**
	 * Units of a visit's services under both rules, side by side.
	 * @param services the services, in the order entered
	 * @return both results
	 * @throws InvalidServiceException as for {@link #units(List, UnitRule)}
	 */
	public UnitComparison compareUnits(List<ServiceLine> services) {
		return new UnitComparison(this.units.calculate(services, UnitRule.CMS),
				this.units.calculate(services, UnitRule.AMA));
	}

	/**
	 * Evaluate a visit: units under both rules, findings under the claim's rule, and the
	 * expected payment.
	 * @param claim the visit as billed
	 * @return the evaluation
	 * @throws InvalidServiceException when a service line is invalid
	 */
	public VisitEvaluation evaluate(VisitClaim claim) {
		Objects.requireNonNull(claim, "claim");
		UnitComparison both = compareUnits(claim.services());
		UnitRule rule = claim.effectiveUnitRule();
		UnitResult applied = both.forRule(rule);
		ExpectedPayment payment = this.payment.expected(claim, applied);
		List<Finding> findings = new ArrayList<>(this.checks.check(claim, applied, payment));
		findings.sort(BY_SEVERITY);
		return new VisitEvaluation(claim, rule, both, findings, payment);
	}

	/**
	 * The code catalog.
	 * @return the catalog
	 */
	public CodeCatalog catalog() {
		return this.catalog;
	}

	/**
	 * The edit-pair table.
	 * @return the pairs
	 */
	public EditPairs editPairs() {
		return this.editPairs;
	}

	/**
	 * The RVU table.
	 * @return the RVUs
	 */
	public RvuTable rvus() {
		return this.rvus;
	}

	/**
	 * The GPCIs of the Medicare payment localities.
	 * @return the GPCIs
	 */
	public GpciTable gpcis() {
		return this.gpcis;
	}

}
