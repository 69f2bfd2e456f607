package io.tactus.core.summary;

import java.time.LocalDate;
import java.util.Objects;

import io.tactus.core.billing.VisitClaim;

/**
 * One stored visit, ready to be summarised.
 *
 * @param id the visit's id, for drill-down
 * @param patientRef the clinic's pseudonymous patient reference
 * @param therapist the therapist's name
 * @param payer the payer's name
 * @param claim the claim, with the payer's unit rule, fees and the clinic's locality
 */
public record SummaryVisit(long id, String patientRef, String therapist, String payer, VisitClaim claim) {

	public SummaryVisit {
		Objects.requireNonNull(patientRef, "patientRef");
		Objects.requireNonNull(therapist, "therapist");
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(claim, "claim");
	}

	/**
	 * The date of service.
	 * @return the date
	 */
	public LocalDate date() {
		return this.claim.dateOfService();
	}

}
