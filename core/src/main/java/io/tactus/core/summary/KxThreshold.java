package io.tactus.core.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;
import io.tactus.core.summary.KxVisit.KxDiscipline;

/**
 * The Medicare KX modifier threshold per patient and calendar year: who is near it, who
 * is over it, the visit at which each crossed it, and when a patient will cross at a
 * given visit frequency. The year and the amount are parameters ($2,480 in 2026).
 *
 * @param year the calendar year
 * @param amount the threshold in dollars
 * @param nearShare the share of the threshold from which a patient is "near" (e.g. 0.80)
 */
public record KxThreshold(int year, Money amount, BigDecimal nearShare) {

	/** The 2026 threshold, PT and SLP combined, OT separate. */
	public static final Money AMOUNT_2026 = Money.parse("2480.00");

	/** The default "near" share: 80%. */
	public static final BigDecimal NEAR_SHARE = new BigDecimal("0.80");

	public KxThreshold {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(nearShare, "nearShare");
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("The threshold must be positive: " + amount);
		}
		if (nearShare.signum() <= 0 || nearShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The near share must be in (0, 1]: " + nearShare.toPlainString());
		}
	}

	/**
	 * Each patient's spend toward the threshold in the year, the patients over it first,
	 * then by share.
	 * @param visits visits in any order; those outside the year are ignored
	 * @return one row per patient and discipline with spend in the year
	 */
	public List<KxPatient> patients(List<KxVisit> visits) {
		List<KxVisit> sorted = new ArrayList<>();
		for (KxVisit visit : visits) {
			if (visit.date().getYear() == this.year) {
				sorted.add(visit);
			}
		}
		sorted.sort(Comparator.comparing(KxVisit::date).thenComparingLong(KxVisit::visitId));
		Map<String, Running> running = new LinkedHashMap<>();
		for (KxVisit visit : sorted) {
			running.computeIfAbsent(visit.patientRef() + '\u0000' + visit.discipline(), (key) -> new Running(visit))
				.add(visit, this.amount);
		}
		List<KxPatient> result = new ArrayList<>();
		for (Running patient : running.values()) {
			BigDecimal share = patient.spent.shareOf(this.amount, 4);
			KxPatient.Status status = (patient.crossedVisit != null) ? KxPatient.Status.OVER
					: (share.compareTo(this.nearShare) >= 0) ? KxPatient.Status.NEAR : KxPatient.Status.BELOW;
			Money average = patient.spent.dividedBy(patient.visits);
			result.add(new KxPatient(patient.patientRef, patient.discipline, patient.visits, patient.spent, share,
					status, Optional.ofNullable(patient.crossedVisit), Optional.ofNullable(patient.crossedOn),
					patient.lastVisit, average));
		}
		result.sort(Comparator.comparing(KxPatient::status)
			.thenComparing(Comparator.comparing(KxPatient::share).reversed())
			.thenComparing(KxPatient::patientRef));
		return result;
	}

	/**
	 * When a patient crosses the threshold at a visit frequency: the first visit whose
	 * allowed amount takes the spend above the threshold, with visits every
	 * {@code 7 / perWeek} days after the last one (rounded up to whole days).
	 * @param spent the spend so far this year
	 * @param lastVisit the last visit so far
	 * @param perWeek visits per week, above 0
	 * @param perVisit the average allowed amount per visit, above 0
	 * @return the date of the crossing visit; empty when it falls after the year or the
	 * spend is already over the threshold
	 */
	public Optional<LocalDate> forecast(Money spent, LocalDate lastVisit, double perWeek, Money perVisit) {
		if (perWeek <= 0 || !perVisit.isPositive() || spent.isGreaterThan(this.amount)) {
			return Optional.empty();
		}
		Money remaining = this.amount.minus(spent);
		long visitsNeeded = remaining.amount().divideToIntegralValue(perVisit.amount()).longValueExact() + 1;
		long days = (long) Math.ceil(visitsNeeded * 7.0 / perWeek);
		LocalDate date = lastVisit.plusDays(days);
		return (date.getYear() == this.year) ? Optional.of(date) : Optional.empty();
	}

	private static final class Running {

		private final String patientRef;

		private final KxDiscipline discipline;

		private int visits;

		private Money spent = Money.zero();

		private Long crossedVisit;

		private LocalDate crossedOn;

		private LocalDate lastVisit;

		Running(KxVisit first) {
			this.patientRef = first.patientRef();
			this.discipline = first.discipline();
		}

		void add(KxVisit visit, Money threshold) {
			this.visits++;
			this.spent = this.spent.plus(visit.allowed());
			this.lastVisit = visit.date();
			if (this.crossedVisit == null && this.spent.isGreaterThan(threshold)) {
				this.crossedVisit = visit.visitId();
				this.crossedOn = visit.date();
			}
		}

	}

}
