package io.tactus.web.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;

/**
 * What the visit form sends (a new visit or an edited one). Everything is text, checked
 * by {@link VisitController} so each problem names its field. The rows are read by hand
 * from the request's parameters ({@link #of(Map)}) rather than by data binding, so that a
 * row number far out of range ({@code services[300]}) or a gap between rows cannot grow a
 * list or leave a hole in it: rows from {@link VisitClaim#MAX_SERVICES} on are not read,
 * and {@link #rowBeyondLimit(Map)} tells the controller to say so.
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

	private static final Pattern ROW_FIELD = Pattern
		.compile("services\\[(\\d{1,9})]\\.(code|minutes|modifiers|bodyRegion|billedUnits)");

	private static final Pattern ROW_INDEX = Pattern.compile("services\\[(\\d+)].*");

	/**
	 * The form from the request's parameters.
	 * @param parameters the parameters
	 * @return the form, with at most {@link VisitClaim#MAX_SERVICES} rows
	 */
	static VisitForm of(Map<String, String[]> parameters) {
		List<String[]> cells = new ArrayList<>();
		parameters.forEach((name, values) -> {
			Matcher matcher = ROW_FIELD.matcher(name);
			if (matcher.matches() && values.length > 0) {
				int row = Integer.parseInt(matcher.group(1));
				if (row < VisitClaim.MAX_SERVICES) {
					while (cells.size() <= row) {
						cells.add(new String[5]);
					}
					cells.get(row)[column(matcher.group(2))] = values[0];
				}
			}
		});
		List<ServiceForm> rows = new ArrayList<>();
		for (String[] row : cells) {
			rows.add(new ServiceForm(row[0], row[1], row[2], row[3], row[4]));
		}
		return new VisitForm(first(parameters, "date"), first(parameters, "patientRef"),
				first(parameters, "therapistId"), first(parameters, "payerId"), rows);
	}

	/**
	 * Whether a service row numbered from {@link VisitClaim#MAX_SERVICES} on was sent.
	 * @param parameters the parameters
	 * @return true when the visit has more rows than one visit may have
	 */
	static boolean rowBeyondLimit(Map<String, String[]> parameters) {
		for (String name : parameters.keySet()) {
			Matcher matcher = ROW_INDEX.matcher(name);
			if (matcher.matches() && (matcher.group(1).length() > 3
					|| Integer.parseInt(matcher.group(1)) >= VisitClaim.MAX_SERVICES)) {
				return true;
			}
		}
		return false;
	}

	private static int column(String field) {
		return switch (field) {
			case "code" -> 0;
			case "minutes" -> 1;
			case "modifiers" -> 2;
			case "bodyRegion" -> 3;
			default -> 4;
		};
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values != null && values.length > 0) ? values[0] : "";
	}

	/**
	 * The form of a stored visit, to edit it, with one empty row to add a service; a
	 * visit stored with more than {@link VisitClaim#MAX_SERVICES} services (before that
	 * limit) shows its first ones only, and the edit page says so.
	 * @param visit the visit
	 * @return the form
	 */
	static VisitForm of(StoredVisit visit) {
		List<ServiceForm> rows = new ArrayList<>();
		for (ServiceLine line : visit.lines().subList(0, Math.min(visit.lines().size(), VisitClaim.MAX_SERVICES))) {
			rows.add(new ServiceForm(line.code(),
					line.minutes().isPresent() ? Integer.toString(line.minutes().getAsInt()) : "",
					String.join(" ", line.modifiers().stream().sorted().toList()), line.bodyRegion().orElse(""),
					line.billedUnits().isPresent() ? Integer.toString(line.billedUnits().getAsInt()) : ""));
		}
		if (rows.size() < VisitClaim.MAX_SERVICES) {
			rows.add(ServiceForm.empty());
		}
		return new VisitForm(visit.date().toString(), visit.patientRef(), Long.toString(visit.therapist().id()),
				Long.toString(visit.payer().id()), rows);
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
