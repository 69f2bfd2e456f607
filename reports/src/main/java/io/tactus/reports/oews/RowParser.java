package io.tactus.reports.oews;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the cells of one data row into a {@link WageRow} and reports what is wrong with
 * that row on its own: malformed codes, unparseable numbers, percentiles out of order,
 * hourly and annual wages that disagree.
 */
final class RowParser {

	/** Hours in the work year BLS uses to turn hourly wages into annual ones. */
	static final int HOURS_PER_YEAR = 2080;

	/** How far hourly × 2,080 may be from the annual wage before it is a warning. */
	static final double HOURLY_ANNUAL_TOLERANCE = 0.02;

	private static final OewsColumn[] HOURLY_ANNUAL_PAIRS = { OewsColumn.H_MEAN, OewsColumn.A_MEAN, OewsColumn.H_PCT10,
			OewsColumn.A_PCT10, OewsColumn.H_PCT25, OewsColumn.A_PCT25, OewsColumn.H_MEDIAN, OewsColumn.A_MEDIAN,
			OewsColumn.H_PCT75, OewsColumn.A_PCT75, OewsColumn.H_PCT90, OewsColumn.A_PCT90 };

	private static final Set<String> POSTAL_CODES = Arrays.stream(UsState.values())
		.map(UsState::postalCode)
		.collect(Collectors.toUnmodifiableSet());

	private static final OewsColumn[] FIGURE_COLUMNS = Arrays.stream(OewsColumn.values())
		.filter((column) -> column.ordinal() >= OewsColumn.TOT_EMP.ordinal()
				&& column.ordinal() <= OewsColumn.A_PCT90.ordinal())
		.toArray(OewsColumn[]::new);

	private final String sheet;

	private final int[] index = new int[OewsColumn.values().length];

	private final String[] header = new String[OewsColumn.values().length];

	private final Figure[] figures = new Figure[OewsColumn.values().length];

	RowParser(String sheet, Map<OewsColumn, Integer> columns, Map<OewsColumn, String> headers) {
		this.sheet = sheet;
		for (OewsColumn column : OewsColumn.values()) {
			this.index[column.ordinal()] = columns.getOrDefault(column, -1);
			this.header[column.ordinal()] = headers.getOrDefault(column, column.name());
		}
	}

	boolean has(OewsColumn column) {
		return this.index[column.ordinal()] >= 0;
	}

	boolean isBlank(RawCells cells, OewsColumn column) {
		return cells.text(this.index[column.ordinal()]).isBlank();
	}

	String text(RawCells cells, OewsColumn column) {
		return cells.text(this.index[column.ordinal()]).strip();
	}

	WageRow parse(int row, RawCells cells, List<Finding> out) {
		int areaType = areaType(row, cells, out);
		String area = area(cells);
		if (areaType == 0 && !area.isEmpty()) {
			areaType = derivedAreaType(area);
		}
		checkArea(row, area, areaType, out);
		String primState = primState(row, cells, area, out);
		String naics = has(OewsColumn.NAICS) ? naics(cells) : WageRow.CROSS_INDUSTRY;
		String ownership = has(OewsColumn.OWN_CODE) ? code(cells, OewsColumn.OWN_CODE) : WageRow.ALL_OWNERSHIPS;
		String occupation = text(cells, OewsColumn.OCC_CODE);
		if (!OewsText.isSocCode(occupation)) {
			out.add(finding(FindingKind.MALFORMED_OCCUPATION_CODE, row, OewsColumn.OCC_CODE, occupation, occupation
				.isEmpty() ? "OCC_CODE is empty; every row needs an occupation code like 31-9011."
						: "Not an occupation code: expected a SOC code like 31-9011 (two digits, a hyphen, four digits)."));
		}
		for (OewsColumn column : FIGURE_COLUMNS) {
			this.figures[column.ordinal()] = figure(row, cells, column, out);
		}
		boolean annualOnly = flag(row, cells, OewsColumn.ANNUAL, out);
		boolean hourlyOnly = flag(row, cells, OewsColumn.HOURLY, out);
		Percentiles hourly = percentiles(OewsColumn.HOURLY_PERCENTILES);
		Percentiles annual = percentiles(OewsColumn.ANNUAL_PERCENTILES);
		checkOrder(row, OewsColumn.HOURLY_PERCENTILES, out);
		checkOrder(row, OewsColumn.ANNUAL_PERCENTILES, out);
		if (!annualOnly && !hourlyOnly) {
			checkHourlyAnnual(row, out);
		}
		return new WageRow(row, area, text(cells, OewsColumn.AREA_TITLE), areaType, primState, naics,
				text(cells, OewsColumn.NAICS_TITLE), text(cells, OewsColumn.I_GROUP), ownership, occupation,
				text(cells, OewsColumn.OCC_TITLE), text(cells, OewsColumn.O_GROUP), get(OewsColumn.TOT_EMP),
				get(OewsColumn.EMP_PRSE), get(OewsColumn.JOBS_1000), get(OewsColumn.LOC_QUOTIENT),
				get(OewsColumn.PCT_TOTAL), get(OewsColumn.PCT_RPT), get(OewsColumn.H_MEAN), get(OewsColumn.A_MEAN),
				get(OewsColumn.MEAN_PRSE), hourly, annual, annualOnly, hourlyOnly);
	}

	private Figure get(OewsColumn column) {
		return this.figures[column.ordinal()];
	}

	private Percentiles percentiles(List<OewsColumn> columns) {
		return new Percentiles(get(columns.get(0)), get(columns.get(1)), get(columns.get(2)), get(columns.get(3)),
				get(columns.get(4)));
	}

	private String area(RawCells cells) {
		String area = code(cells, OewsColumn.AREA);
		if (OewsText.isDigits(area)) {
			if (area.length() == 1) {
				return "0" + area;
			}
			if (area.length() == 6) {
				return "0" + area;
			}
		}
		return area;
	}

	private int areaType(int row, RawCells cells, List<Finding> out) {
		String text = code(cells, OewsColumn.AREA_TYPE);
		if (text.isEmpty()) {
			return 0;
		}
		switch (text) {
			case "1":
				return 1;
			case "2":
				return 2;
			case "3":
				return 3;
			case "4":
				return 4;
			case "6":
				return 6;
			default:
				out.add(finding(FindingKind.MALFORMED_AREA_TYPE, row, OewsColumn.AREA_TYPE, text,
						"Not an area type: expected 1 (U.S.), 2 (state), 3 (territory), 4 (metro area) or 6 (nonmetro area)."));
				return 0;
		}
	}

	private static int derivedAreaType(String area) {
		if (WageRow.NATIONAL_AREA.equals(area)) {
			return 1;
		}
		if (area.length() == 2) {
			return UsState.ofFips(area).map((state) -> state.isTerritory() ? 3 : 2).orElse(0);
		}
		return 0;
	}

	private void checkArea(int row, String area, int areaType, List<Finding> out) {
		areaProblem(area, areaType).ifPresent(
				(problem) -> out.add(finding(FindingKind.MALFORMED_AREA_CODE, row, OewsColumn.AREA, area, problem)));
	}

	private static Optional<String> areaProblem(String area, int areaType) {
		if (area.isEmpty()) {
			return Optional
				.of("AREA is empty; every row needs an area code (99 for the U.S., the state FIPS code such as 02, or a metro code).");
		}
		if (!OewsText.isDigits(area)) {
			return Optional
				.of("Not an area code: OEWS area codes are digits (99, a two-digit state code, or a 5- or 7-digit metro code).");
		}
		switch (areaType) {
			case 1:
				return WageRow.NATIONAL_AREA.equals(area) ? Optional.empty()
						: Optional.of("AREA_TYPE 1 (U.S.) needs AREA 99.");
			case 2:
			case 3:
				Optional<UsState> state = UsState.ofFips(area);
				if (state.isEmpty()) {
					return Optional.of("Not a state or territory FIPS code.");
				}
				if (state.get().isTerritory() != (areaType == 3)) {
					return Optional.of(state.get().title() + " is "
							+ (state.get().isTerritory() ? "a territory (AREA_TYPE 3)" : "a state (AREA_TYPE 2)")
							+ ", but the row says AREA_TYPE " + areaType + ".");
				}
				return Optional.empty();
			case 4:
			case 6:
				return (area.length() == 5 || area.length() == 7) ? Optional.empty()
						: Optional.of("A metro or nonmetro area code has 5 or 7 digits.");
			default:
				if (area.length() == 2) {
					return (WageRow.NATIONAL_AREA.equals(area) || UsState.ofFips(area).isPresent()) ? Optional.empty()
							: Optional.of("Not a state or territory FIPS code.");
				}
				return (area.length() == 5 || area.length() == 7) ? Optional.empty() : Optional
					.of("Not an area code: expected 99, a two-digit state code, or a 5- or 7-digit metro code.");
		}
	}

	private String primState(int row, RawCells cells, String area, List<Finding> out) {
		String text = text(cells, OewsColumn.PRIM_STATE).toUpperCase(Locale.ROOT);
		if (text.isEmpty()) {
			if (WageRow.NATIONAL_AREA.equals(area)) {
				return "US";
			}
			return (area.length() == 2) ? UsState.ofFips(area).map(UsState::postalCode).orElse("") : "";
		}
		if (!"US".equals(text) && !POSTAL_CODES.contains(text)) {
			out.add(finding(FindingKind.UNKNOWN_STATE, row, OewsColumn.PRIM_STATE, text,
					"Not a U.S. state, DC or territory postal code (or US for the nation)."));
		}
		return text;
	}

	private String naics(RawCells cells) {
		String naics = code(cells, OewsColumn.NAICS);
		if (cells.isNumber(this.index[OewsColumn.NAICS.ordinal()]) && naics.length() == 1) {
			return "00000" + naics;
		}
		return naics;
	}

	/**
	 * A code column: numbers stored as numbers come back as their integer text.
	 */
	private String code(RawCells cells, OewsColumn column) {
		int at = this.index[column.ordinal()];
		String text = cells.text(at).strip();
		if (cells.isNumber(at)) {
			return OewsText.integerText(text);
		}
		return text;
	}

	private Figure figure(int row, RawCells cells, OewsColumn column, List<Finding> out) {
		int at = this.index[column.ordinal()];
		if (at < 0) {
			return Figure.blank();
		}
		if (cells.isNumber(at)) {
			try {
				double value = cells.number(at);
				if (Double.isFinite(value) && value >= 0) {
					return Figure.of(value);
				}
				return checked(row, column, cells.text(at), value, out);
			}
			catch (NumberFormatException ex) {
				out.add(finding(FindingKind.UNPARSEABLE_NUMBER, row, column, cells.text(at), "Not a number."));
				return Figure.blank();
			}
		}
		String trimmed = cells.text(at).strip();
		if (trimmed.isEmpty()) {
			return Figure.blank();
		}
		Optional<FigureState> marker = FigureState.ofMarker(trimmed);
		if (marker.isPresent()) {
			return Figure.absent(marker.get());
		}
		Optional<String> number = OewsText.plainNumber(trimmed);
		if (number.isEmpty()) {
			out.add(finding(FindingKind.UNPARSEABLE_NUMBER, row, column, trimmed,
					"Not a number or a BLS marker (*, **, #, ~)."));
			return Figure.blank();
		}
		return checked(row, column, trimmed, Double.parseDouble(number.get()), out);
	}

	private Figure checked(int row, OewsColumn column, String text, double value, List<Finding> out) {
		if (!Double.isFinite(value)) {
			out.add(finding(FindingKind.UNPARSEABLE_NUMBER, row, column, text, "Not a finite number."));
			return Figure.blank();
		}
		if (value < 0) {
			out.add(finding(FindingKind.NEGATIVE_NUMBER, row, column, text,
					"Negative; OEWS figures are never negative."));
			return Figure.blank();
		}
		return Figure.of(value);
	}

	private boolean flag(int row, RawCells cells, OewsColumn column, List<Finding> out) {
		String text = text(cells, column);
		if (text.isEmpty() || "FALSE".equalsIgnoreCase(text) || "0".equals(text)) {
			return false;
		}
		if ("TRUE".equalsIgnoreCase(text) || "1".equals(text)) {
			return true;
		}
		out.add(finding(FindingKind.MALFORMED_FLAG, row, column, text,
				"Expected TRUE or an empty cell; read as not set."));
		return false;
	}

	private void checkOrder(int row, List<OewsColumn> columns, List<Finding> out) {
		OewsColumn previous = null;
		double previousValue = 0;
		for (OewsColumn column : columns) {
			Figure figure = get(column);
			if (!figure.isKnown()) {
				continue;
			}
			double value = figure.value().getAsDouble();
			if (previous != null && value < previousValue) {
				out.add(finding(FindingKind.PERCENTILES_OUT_OF_ORDER, row, column, OewsText.format(value),
						header(column) + " (" + OewsText.format(value) + ") is below " + header(previous) + " ("
								+ OewsText.format(previousValue) + "); percentiles must rise from 10th to 90th."));
				return;
			}
			previous = column;
			previousValue = value;
		}
	}

	private void checkHourlyAnnual(int row, List<Finding> out) {
		StringBuilder mismatches = null;
		OewsColumn first = null;
		String firstValue = "";
		for (int i = 0; i < HOURLY_ANNUAL_PAIRS.length; i += 2) {
			Figure hourly = get(HOURLY_ANNUAL_PAIRS[i]);
			Figure annual = get(HOURLY_ANNUAL_PAIRS[i + 1]);
			if (!hourly.isKnown() || !annual.isKnown()) {
				continue;
			}
			double expected = hourly.value().getAsDouble() * HOURS_PER_YEAR;
			double actual = annual.value().getAsDouble();
			double gap = Math.abs(expected - actual) / Math.max(actual, 1.0);
			if (gap > HOURLY_ANNUAL_TOLERANCE) {
				if (mismatches == null) {
					mismatches = new StringBuilder();
					first = HOURLY_ANNUAL_PAIRS[i + 1];
					firstValue = OewsText.format(actual);
				}
				else {
					mismatches.append("; ");
				}
				mismatches.append(header(HOURLY_ANNUAL_PAIRS[i]))
					.append(" × 2,080 = ")
					.append(OewsText.format(Math.round(expected)))
					.append(" but ")
					.append(header(HOURLY_ANNUAL_PAIRS[i + 1]))
					.append(" is ")
					.append(OewsText.format(actual))
					.append(" (")
					.append(Math.round(gap * 100))
					.append("% apart)");
			}
		}
		if (mismatches != null) {
			out.add(finding(FindingKind.HOURLY_ANNUAL_MISMATCH, row, first, firstValue,
					mismatches.append(
							". Annual wages are normally hourly × 2,080; check the row or mark it ANNUAL or HOURLY.")
						.toString()));
		}
	}

	private String header(OewsColumn column) {
		return this.header[column.ordinal()];
	}

	private Finding finding(FindingKind kind, int row, OewsColumn column, String value, String message) {
		return Finding.of(kind, this.sheet, row, header(column), value, message);
	}

}
