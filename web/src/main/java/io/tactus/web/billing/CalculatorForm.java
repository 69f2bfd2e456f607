package io.tactus.web.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.core.billing.VisitClaim;

/**
 * The calculator form as submitted (GET, so a result can be linked). Every field is text,
 * so that a wrong value comes back to the form with a message instead of a binding error.
 *
 * @param payer the payer kind's name, e.g. {@code MEDICARE_PART_B}
 * @param provider the provider type's name, e.g. {@code PT}
 * @param rule {@code CMS}, {@code AMA}, or empty for the payer's usual rule
 * @param date the date of service, {@code yyyy-MM-dd}; empty for today
 * @param locality the Medicare locality, {@code MAC-locality}; empty for national GPCIs
 * @param services the service rows, blank rows included
 * @param addRow present when "Add a row" was pressed
 */
record CalculatorForm(String payer, String provider, String rule, String date, String locality,
		List<ServiceRow> services, String addRow) {

	/** Rows shown on an empty form. */
	static final int DEFAULT_ROWS = 6;

	/** Rows a form can grow to; rows numbered beyond are ignored. */
	static final int MAX_ROWS = VisitClaim.MAX_SERVICES;

	private static final Pattern ROW_FIELD = Pattern
		.compile("services\\[(\\d{1,3})]\\.(code|minutes|modifiers|region|billedUnits)");

	CalculatorForm {
		services = (services != null) ? new ArrayList<>(services) : new ArrayList<>();
	}

	/**
	 * Read the form from the request's parameters. Rows are read by hand rather than by
	 * data binding, so that a row number far out of range cannot grow a list: rows from
	 * {@link #MAX_ROWS} on are ignored.
	 * @param parameters the request parameters
	 * @return the form
	 */
	static CalculatorForm of(Map<String, String[]> parameters) {
		List<String[]> cells = new ArrayList<>();
		parameters.forEach((name, values) -> {
			Matcher matcher = ROW_FIELD.matcher(name);
			if (matcher.matches() && values.length > 0) {
				int row = Integer.parseInt(matcher.group(1));
				if (row < MAX_ROWS) {
					while (cells.size() <= row) {
						cells.add(new String[5]);
					}
					cells.get(row)[column(matcher.group(2))] = values[0];
				}
			}
		});
		List<ServiceRow> rows = new ArrayList<>();
		for (String[] row : cells) {
			rows.add(new ServiceRow(row[0], row[1], row[2], row[3], row[4]));
		}
		return new CalculatorForm(first(parameters, "payer"), first(parameters, "provider"), first(parameters, "rule"),
				first(parameters, "date"), first(parameters, "locality"), rows, first(parameters, "addRow"));
	}

	private static int column(String field) {
		return switch (field) {
			case "code" -> 0;
			case "minutes" -> 1;
			case "modifiers" -> 2;
			case "region" -> 3;
			default -> 4;
		};
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	/**
	 * The form a user first sees.
	 * @return an empty form for a Medicare Part B visit by a PT
	 */
	static CalculatorForm empty() {
		return new CalculatorForm("MEDICARE_PART_B", "PT", "", "", "", List.of(), null);
	}

	/**
	 * The rows to render: every submitted row (an empty one for a gap), at least
	 * {@link #DEFAULT_ROWS}, one more after "Add a row", at most {@link #MAX_ROWS}.
	 * @return the rows
	 */
	List<ServiceRow> rows() {
		int count = Math.max(DEFAULT_ROWS, this.services.size()) + (isAddRow() ? 1 : 0);
		List<ServiceRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(count, MAX_ROWS); i++) {
			ServiceRow row = (i < this.services.size()) ? this.services.get(i) : null;
			rows.add((row != null) ? row : ServiceRow.BLANK);
		}
		return rows;
	}

	/**
	 * Whether the user asked for another row rather than a result.
	 * @return true after "Add a row"
	 */
	boolean isAddRow() {
		return this.addRow != null;
	}

	/**
	 * Whether any row has something in it.
	 * @return true when there is a service to evaluate
	 */
	boolean hasServices() {
		return this.services.stream().anyMatch((row) -> row != null && !row.isBlank());
	}

	/**
	 * One service row of the form.
	 *
	 * @param code the code
	 * @param minutes the minutes, as typed
	 * @param modifiers the modifiers, separated by spaces or commas
	 * @param region the body region
	 * @param billedUnits the billed units, as typed
	 */
	record ServiceRow(String code, String minutes, String modifiers, String region, String billedUnits) {

		static final ServiceRow BLANK = new ServiceRow("", "", "", "", "");

		ServiceRow {
			code = trim(code);
			minutes = trim(minutes);
			modifiers = trim(modifiers);
			region = trim(region);
			billedUnits = trim(billedUnits);
		}

		private static String trim(String value) {
			return (value != null) ? value.strip() : "";
		}

		boolean isBlank() {
			return this.code.isEmpty() && this.minutes.isEmpty() && this.modifiers.isEmpty() && this.region.isEmpty()
					&& this.billedUnits.isEmpty();
		}

	}

}
