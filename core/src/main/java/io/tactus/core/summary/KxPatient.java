package io.tactus.core.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;
import io.tactus.core.summary.KxVisit.KxDiscipline;

/**
 * One patient's spend toward one KX threshold in a year.
 *
 * @param patientRef the pseudonymous patient reference
 * @param discipline PT/SLP or OT
 * @param visits the visits counted
 * @param spent the allowed amounts so far
 * @param share spent divided by the threshold (4 decimals)
 * @param status over, near or below
 * @param crossedVisit the visit whose amount took the spend over the threshold
 * @param crossedOn that visit's date
 * @param lastVisit the last visit counted
 * @param averagePerVisit the average allowed amount per visit
 */
public record KxPatient(String patientRef, KxDiscipline discipline, int visits, Money spent, BigDecimal share,
		Status status, Optional<Long> crossedVisit, Optional<LocalDate> crossedOn, LocalDate lastVisit,
		Money averagePerVisit) {

	public KxPatient {
		Objects.requireNonNull(patientRef, "patientRef");
		Objects.requireNonNull(discipline, "discipline");
		Objects.requireNonNull(spent, "spent");
		Objects.requireNonNull(share, "share");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(crossedVisit, "crossedVisit");
		Objects.requireNonNull(crossedOn, "crossedOn");
		Objects.requireNonNull(lastVisit, "lastVisit");
		Objects.requireNonNull(averagePerVisit, "averagePerVisit");
	}

	/**
	 * Where a patient stands.
	 */
	public enum Status {

		/**
		 * Over the threshold: claims need the KX modifier and documented medical
		 * necessity.
		 */
		OVER,

		/** At or above the "near" share. */
		NEAR,

		/** Below the "near" share. */
		BELOW

	}

}
