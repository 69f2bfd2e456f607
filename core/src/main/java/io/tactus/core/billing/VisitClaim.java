package io.tactus.core.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.codes.ProviderType;

/**
 * One patient's visit on one day, as the clinic wants to bill it.
 *
 * <p>
 * Build it with {@link #of(LocalDate, PayerKind, ProviderType, List)} and the
 * {@code with...} methods. The services are validated when the visit is evaluated, so the
 * exception can name the line ({@code services[1].minutes}).
 *
 * @param dateOfService the date of the visit; picks the RVU year and the edit pairs in
 * force
 * @param payer the kind of payer
 * @param provider the type of the therapist who rendered the services
 * @param services the services, in the order entered
 * @param unitRule the unit rule to apply; empty for the payer's usual rule
 * @param feeSchedule the clinic's fee per code, for payers other than Medicare Part B
 * @param gpci indices typed by hand, used for every year; empty unless given (a
 * {@code locality} wins over them)
 * @param locality the Medicare payment locality, whose indices for the visit's year come
 * from the CMS GPCI file; with neither this nor {@code gpci}, national indices (1.0)
 * @param lmtScope the codes a massage therapist may bill to this payer in this state
 */
public record VisitClaim(LocalDate dateOfService, PayerKind payer, ProviderType provider, List<ServiceLine> services,
		Optional<UnitRule> unitRule, Optional<FeeSchedule> feeSchedule, Optional<Gpci> gpci,
		Optional<LocalityId> locality, LmtScope lmtScope) {

	/**
	 * Most services one visit may have. The calculator shows up to this many rows, and
	 * the API, the visit form and the visit-log import refuse more; the engine checks it
	 * too, so that no caller can make it work on an unbounded visit.
	 */
	public static final int MAX_SERVICES = 30;

	/** Most modifiers one service line may carry (a claim line has four slots). */
	public static final int MAX_MODIFIERS = 4;

	/** Most units one service line may say were billed. */
	public static final int MAX_BILLED_UNITS = 99;

	/** Longest body region a service line may name. */
	public static final int MAX_REGION_LENGTH = 40;

	public VisitClaim {
		Objects.requireNonNull(dateOfService, "dateOfService");
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(services, "services");
		Objects.requireNonNull(unitRule, "unitRule");
		Objects.requireNonNull(feeSchedule, "feeSchedule");
		Objects.requireNonNull(gpci, "gpci");
		Objects.requireNonNull(locality, "locality");
		Objects.requireNonNull(lmtScope, "lmtScope");
		for (int i = 0; i < services.size(); i++) {
			if (services.get(i) == null) {
				throw new InvalidServiceException(i, InvalidServiceException.Field.LINE,
						InvalidServiceException.Reason.EMPTY_LINE, "");
			}
		}
		services = List.copyOf(services);
	}

	/**
	 * A claim with the payer's usual unit rule, no fee schedule, national GPCIs and the
	 * default massage-therapist scope.
	 * @param dateOfService the date of the visit
	 * @param payer the kind of payer
	 * @param provider the type of the therapist
	 * @param services the services
	 * @return the claim
	 */
	public static VisitClaim of(LocalDate dateOfService, PayerKind payer, ProviderType provider,
			List<ServiceLine> services) {
		return new VisitClaim(dateOfService, payer, provider, services, Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), LmtScope.defaults());
	}

	/**
	 * This claim counted under another unit rule than the payer's usual one.
	 * @param rule the rule
	 * @return a new claim
	 */
	public VisitClaim withUnitRule(UnitRule rule) {
		return new VisitClaim(this.dateOfService, this.payer, this.provider, this.services, Optional.of(rule),
				this.feeSchedule, this.gpci, this.locality, this.lmtScope);
	}

	/**
	 * This claim priced with the clinic's fee schedule.
	 * @param fees the fee schedule
	 * @return a new claim
	 */
	public VisitClaim withFeeSchedule(FeeSchedule fees) {
		return new VisitClaim(this.dateOfService, this.payer, this.provider, this.services, this.unitRule,
				Optional.of(fees), this.gpci, this.locality, this.lmtScope);
	}

	/**
	 * This claim priced with a Medicare payment locality: the GPCIs of the visit's year
	 * from the CMS GPCI file.
	 * @param id the locality
	 * @return a new claim
	 */
	public VisitClaim withLocality(LocalityId id) {
		return new VisitClaim(this.dateOfService, this.payer, this.provider, this.services, this.unitRule,
				this.feeSchedule, this.gpci, Optional.of(id), this.lmtScope);
	}

	/**
	 * This claim priced with GPCIs typed by hand, the same for every year (used only when
	 * no {@link #withLocality(LocalityId) locality} is given).
	 * @param locality the GPCIs
	 * @return a new claim
	 */
	public VisitClaim withGpci(Gpci locality) {
		return new VisitClaim(this.dateOfService, this.payer, this.provider, this.services, this.unitRule,
				this.feeSchedule, Optional.of(locality), this.locality, this.lmtScope);
	}

	/**
	 * This claim checked against another massage-therapist scope.
	 * @param scope the allowed codes
	 * @return a new claim
	 */
	public VisitClaim withLmtScope(LmtScope scope) {
		return new VisitClaim(this.dateOfService, this.payer, this.provider, this.services, this.unitRule,
				this.feeSchedule, this.gpci, this.locality, scope);
	}

	/**
	 * The unit rule that applies: the override, or the payer's usual rule.
	 * @return the rule
	 */
	public UnitRule effectiveUnitRule() {
		return this.unitRule.orElse(this.payer.defaultUnitRule());
	}

}
