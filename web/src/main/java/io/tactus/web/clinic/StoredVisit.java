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

	/**
	 * The visit in one readable line for its history: date, patient, therapist, payer and
	 * each line's code, minutes, units billed, modifiers and body region.
	 * @return e.g.
	 * {@code 2026-03-02 · P-1 · Pat Lee · Medicare · 97110 23 min 2 units GP}
	 */
	String describe() {
		StringBuilder text = new StringBuilder().append(this.date)
			.append(" · ")
			.append(this.patientRef)
			.append(" · ")
			.append(this.therapist.name())
			.append(" · ")
			.append(this.payer.name());
		for (int i = 0; i < this.lines.size(); i++) {
			ServiceLine line = this.lines.get(i);
			text.append((i == 0) ? " · " : "; ").append(line.code());
			line.minutes().ifPresent((minutes) -> text.append(' ').append(minutes).append(" min"));
			line.billedUnits()
				.ifPresent((units) -> text.append(' ').append(units).append((units == 1) ? " unit" : " units"));
			if (!line.modifiers().isEmpty()) {
				text.append(' ').append(String.join(" ", line.modifiers().stream().sorted().toList()));
			}
			line.bodyRegion().ifPresent((region) -> text.append(" (").append(region).append(')'));
			if (text.length() > VisitChanges.MAX_TEXT) {
				break;
			}
		}
		return text.toString();
	}

}
