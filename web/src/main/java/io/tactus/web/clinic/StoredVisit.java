package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.billing.ServiceLine;

/**
 * A visit as stored, with its therapist and payer.
 *
 * @param id the id
 * @param date the date of service
 * @param patientRef the pseudonymous patient reference
 * @param therapist the therapist
 * @param payer the payer
 * @param lines the services, in entry order
 */
record StoredVisit(long id, LocalDate date, String patientRef, Therapist therapist, Payer payer,
		List<ServiceLine> lines) {

	StoredVisit {
		lines = List.copyOf(lines);
	}

}
