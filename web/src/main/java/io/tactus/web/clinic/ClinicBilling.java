package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.FeeSchedule;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.KxPatient;
import io.tactus.core.summary.KxThreshold;
import io.tactus.core.summary.KxVisit;
import io.tactus.core.summary.Period;
import io.tactus.core.summary.SummaryAccumulator;
import io.tactus.core.summary.SummaryVisit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Turns a clinic's stored visits into claims (with its payers' rules and fees and its
 * locality) and hands them to the billing engine and the summary. Visits are evaluated
 * when asked, so a changed fee or locality shows at once.
 */
@Service
class ClinicBilling {

	private static final Logger logger = LoggerFactory.getLogger(ClinicBilling.class);

	private final BillingEngine engine;

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	/**
	 * Uses the application's engine bean when there is exactly one (the billing feature
	 * declares it), else loads its own: the engine is immutable and loaded once either
	 * way.
	 */
	ClinicBilling(ObjectProvider<BillingEngine> engine, ClinicSetup setup, ClinicVisits visits) {
		this.engine = engine.getIfUnique(BillingEngine::standard);
		this.setup = setup;
		this.visits = visits;
	}

	BillingEngine engine() {
		return this.engine;
	}

	/**
	 * Claims of one clinic: its fee schedules and locality, loaded once.
	 */
	Claims claims(long clinic) {
		return new Claims(this.setup.feeSchedules(clinic), this.setup.locality(clinic));
	}

	ClinicSummary summary(long clinic, LocalDate from, LocalDate to, Period period) {
		Claims claims = claims(clinic);
		SummaryAccumulator accumulator = SummaryAccumulator.of(this.engine, period);
		this.visits.forEach(clinic, from, to, (visit) -> {
			try {
				accumulator.add(claims.summaryVisit(visit));
			}
			catch (InvalidServiceException ex) {
				refused(visit, ex);
			}
		});
		return accumulator.summary();
	}

	/**
	 * A visit under both rules.
	 * @return CMS and AMA evaluations, the payer's first
	 */
	Evaluated evaluate(long clinic, StoredVisit visit) {
		return evaluate(claims(clinic), visit);
	}

	/**
	 * A stored visit under both rules, empty when the engine refuses it: a visit stored
	 * before a check it now fails (e.g. more than {@link VisitClaim#MAX_SERVICES}
	 * services) is left out of sums and exports instead of failing the page.
	 */
	Optional<Evaluated> evaluateStored(Claims claims, StoredVisit visit) {
		try {
			return Optional.of(evaluate(claims, visit));
		}
		catch (InvalidServiceException ex) {
			refused(visit, ex);
			return Optional.empty();
		}
	}

	private static void refused(StoredVisit visit, InvalidServiceException ex) {
		logger.warn("Visit {} left out: the billing engine refuses it ({})", visit.id(), ex.getMessage());
	}

	Evaluated evaluate(Claims claims, StoredVisit visit) {
		VisitClaim claim = claims.claim(visit);
		return new Evaluated(claim.effectiveUnitRule(), this.engine.evaluate(claim.withUnitRule(UnitRule.CMS)),
				this.engine.evaluate(claim.withUnitRule(UnitRule.AMA)));
	}

	List<KxPatient> threshold(long clinic, KxThreshold threshold) {
		Claims claims = claims(clinic);
		List<KxVisit> counted = new ArrayList<>();
		this.visits.forEach(clinic, LocalDate.of(threshold.year(), 1, 1), LocalDate.of(threshold.year(), 12, 31),
				(visit) -> {
					VisitClaim claim = claims.claim(visit);
					if (KxVisit.KxDiscipline.of(claim.provider()).isPresent() && claim.payer().isMedicare()) {
						try {
							KxVisit.of(visit.id(), visit.patientRef(), this.engine.evaluate(claim))
								.ifPresent(counted::add);
						}
						catch (InvalidServiceException ex) {
							refused(visit, ex);
						}
					}
				});
		return threshold.patients(counted);
	}

	record Evaluated(UnitRule applied, VisitEvaluation cms, VisitEvaluation ama) {

		public VisitEvaluation payers() {
			return (this.applied == UnitRule.CMS) ? this.cms : this.ama;
		}

	}

	record Claims(Map<Long, FeeSchedule> fees, Locality locality) {

		VisitClaim claim(StoredVisit visit) {
			VisitClaim claim = VisitClaim
				.of(visit.date(), visit.payer().kind(), visit.therapist().type(), visit.lines())
				.withUnitRule(visit.payer().rule());
			claim = this.locality.apply(claim);
			FeeSchedule schedule = this.fees.get(visit.payer().id());
			return (schedule != null) ? claim.withFeeSchedule(schedule) : claim;
		}

		SummaryVisit summaryVisit(StoredVisit visit) {
			return new SummaryVisit(visit.id(), visit.patientRef(), visit.therapist().name(), visit.payer().name(),
					claim(visit));
		}

	}

}
