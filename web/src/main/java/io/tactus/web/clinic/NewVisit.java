package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.billing.ServiceLine;

/**
 * A visit to store.
 *
 * @param date the date of service
 * @param patientRef the pseudonymous patient reference
 * @param therapistId the therapist (of the same clinic)
 * @param payerId the payer (of the same clinic)
 * @param lines the services
 */
record NewVisit(LocalDate date, String patientRef, long therapistId, long payerId, List<ServiceLine> lines) {

	NewVisit {
		lines = List.copyOf(lines);
	}

}
