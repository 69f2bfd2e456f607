package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;

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

	/**
	 * The codes of the lines, in entry order, separated by spaces, for the visit list;
	 * after {@link VisitClaim#MAX_SERVICES} codes the rest is counted, so that an
	 * oversized visit stored before the cap keeps the list short.
	 * @return e.g. {@code 97110 97530}
	 */
	public String codes() {
		StringBuilder text = new StringBuilder();
		int shown = Math.min(this.lines.size(), VisitClaim.MAX_SERVICES);
		for (int i = 0; i < shown; i++) {
			text.append((i > 0) ? " " : "").append(this.lines.get(i).code());
		}
		if (this.lines.size() > shown) {
			text.append(" … (+").append(this.lines.size() - shown).append(')');
		}
		return text.toString();
	}

}
