package io.tactus.core.summary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;

/**
 * One Medicare Part B visit's allowed amount, counted toward a patient's KX threshold.
 *
 * @param visitId the visit
 * @param patientRef the pseudonymous patient reference
 * @param date the date of service
 * @param discipline PT (with speech-language pathology) or OT
 * @param allowed the Medicare allowed amount of the visit (lines with a rate)
 */
public record KxVisit(long visitId, String patientRef, LocalDate date, KxDiscipline discipline, Money allowed) {

	public KxVisit {
		Objects.requireNonNull(patientRef, "patientRef");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(discipline, "discipline");
		Objects.requireNonNull(allowed, "allowed");
	}

	/**
	 * The KX visit of an evaluated visit, when it counts: Medicare Part B and a PT, PTA,
	 * OT or OTA provider.
	 * @param visitId the visit
	 * @param patientRef the patient
	 * @param evaluation the evaluation under Medicare's rule
	 * @return the KX visit, empty when it does not count toward a threshold
	 */
	public static Optional<KxVisit> of(long visitId, String patientRef, VisitEvaluation evaluation) {
		if (evaluation.claim().payer() != PayerKind.MEDICARE_PART_B) {
			return Optional.empty();
		}
		return KxDiscipline.of(evaluation.claim().provider())
			.map((discipline) -> new KxVisit(visitId, patientRef, evaluation.claim().dateOfService(), discipline,
					evaluation.payment().knownTotal()));
	}

	/**
	 * The two Medicare thresholds: PT and SLP combined, OT separate.
	 */
	public enum KxDiscipline {

		/** Physical therapy and speech-language pathology combined. */
		PT_SLP,

		/** Occupational therapy. */
		OT;

		/**
		 * The threshold a provider's services count toward.
		 * @param provider the provider type
		 * @return the discipline, empty for massage therapists and chiropractors
		 */
		public static Optional<KxDiscipline> of(ProviderType provider) {
			return switch (provider) {
				case PT, PTA -> Optional.of(PT_SLP);
				case OT, OTA -> Optional.of(OT);
				default -> Optional.empty();
			};
		}

	}

}
