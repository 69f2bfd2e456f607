package io.tactus.web.clinic;

import java.util.ArrayList;
import java.util.List;

/**
 * What the new-visit form sends. Everything is text, checked by {@link VisitController}
 * so each problem names its field.
 *
 * @param date the date of service, yyyy-mm-dd
 * @param patientRef the pseudonymous patient reference
 * @param therapistId the therapist
 * @param payerId the payer
 * @param services the service rows (empty rows are skipped)
 */
record VisitForm(String date, String patientRef, String therapistId, String payerId, List<ServiceForm> services) {

	/** The service rows the form shows. */
	static final int ROWS = 6;

	VisitForm {
		services = (services != null) ? new ArrayList<>(services) : new ArrayList<>();
		while (services.size() < ROWS) {
			services.add(ServiceForm.empty());
		}
		services = List.copyOf(services);
	}

	static VisitForm empty(String today) {
		return new VisitForm(today, "", "", "", List.of());
	}

	/**
	 * One service row.
	 *
	 * @param code the code
	 * @param minutes the minutes
	 * @param modifiers the modifiers, separated by spaces or commas
	 * @param bodyRegion the body region
	 * @param billedUnits the units billed
	 */
	record ServiceForm(String code, String minutes, String modifiers, String bodyRegion, String billedUnits) {

		ServiceForm {
			code = (code != null) ? code.strip() : "";
			minutes = (minutes != null) ? minutes.strip() : "";
			modifiers = (modifiers != null) ? modifiers.strip() : "";
			bodyRegion = (bodyRegion != null) ? bodyRegion.strip() : "";
			billedUnits = (billedUnits != null) ? billedUnits.strip() : "";
		}

		static ServiceForm empty() {
			return new ServiceForm("", "", "", "", "");
		}

		boolean blank() {
			return this.code.isEmpty() && this.minutes.isEmpty() && this.modifiers.isEmpty()
					&& this.bodyRegion.isEmpty() && this.billedUnits.isEmpty();
		}

	}

}
