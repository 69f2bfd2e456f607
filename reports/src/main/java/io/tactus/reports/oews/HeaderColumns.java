package io.tactus.reports.oews;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps the header row of the data sheet to {@link OewsColumn}s (the first of two names
 * for one column wins; unknown names are ignored and listed) and reports the required
 * columns it lacks: AREA, OCC_CODE and at least one wage.
 */
final class HeaderColumns {

	private final String sheet;

	private final Findings findings;

	private final Map<OewsColumn, Integer> columns = new EnumMap<>(OewsColumn.class);

	private final Map<OewsColumn, String> headers = new EnumMap<>(OewsColumn.class);

	private final List<String> ignored = new ArrayList<>();

	private boolean missingRequired;

	private HeaderColumns(String sheet, Findings findings) {
		this.sheet = sheet;
		this.findings = findings;
	}

	/**
	 * Maps a header row.
	 * @param sheet the sheet it is on
	 * @param rowNumber its row number (0 when no header was found and the first row
	 * stands in)
	 * @param cells the texts of its cells
	 * @param found whether a sheet had a header row at all
	 * @param sheets how the sheets searched are named in a message
	 * @param findings where the column findings go
	 * @return the mapping
	 */
	static HeaderColumns map(String sheet, int rowNumber, List<String> cells, boolean found, String sheets,
			Findings findings) {
		HeaderColumns header = new HeaderColumns(sheet, findings);
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).strip();
			if (!text.isEmpty()) {
				header.add(rowNumber, text, i);
			}
		}
		header.requireColumns(rowNumber, found, sheets);
		return header;
	}

	private void add(int rowNumber, String text, int index) {
		OewsColumn column = OewsColumn.ofHeader(text).orElse(null);
		if (column == null) {
			this.ignored.add(text);
		}
		else if (this.columns.containsKey(column)) {
			this.findings.add(Finding.of(FindingKind.DUPLICATE_COLUMN, this.sheet, rowNumber, text, "",
					"\"" + text + "\" is the same column as \"" + this.headers.get(column)
							+ "\", which comes first and is the one read."));
		}
		else {
			this.columns.put(column, index);
			this.headers.put(column, text);
		}
	}

	private void requireColumns(int rowNumber, boolean found, String sheets) {
		String where = this.sheet.isEmpty() ? "the header row" : "the header row of sheet \"" + this.sheet + "\"";
		if (!this.columns.containsKey(OewsColumn.AREA)) {
			missing(rowNumber, "AREA", "Column AREA is missing from " + where
					+ "; every row needs its area code (99 for the U.S., the state FIPS code such as 02).");
		}
		if (!this.columns.containsKey(OewsColumn.OCC_CODE) || !found) {
			missing(rowNumber, "OCC_CODE",
					"Column OCC_CODE is missing: no sheet has a header row with OCC_CODE and at least "
							+ (SheetScanner.MIN_HEADER_COLUMNS - 1) + " other OEWS columns (looked at the first "
							+ SheetScanner.HEADER_SEARCH_ROWS + " rows of " + sheets + ").");
		}
		if (this.columns.keySet().stream().noneMatch(OewsColumn::isWage)) {
			String wages = Arrays.stream(OewsColumn.values())
				.filter(OewsColumn::isWage)
				.map(OewsColumn::name)
				.collect(Collectors.joining(", "));
			missing(rowNumber, "H_MEAN", "No wage column in " + where + ": at least one of " + wages + " is needed.");
		}
	}

	private void missing(int rowNumber, String column, String message) {
		this.missingRequired = true;
		this.findings.add(Finding.of(FindingKind.MISSING_COLUMN, this.sheet, rowNumber, column, "", message));
	}

	/**
	 * Whether a required column is missing, so that no row can be accepted.
	 */
	boolean missingRequired() {
		return this.missingRequired;
	}

	/**
	 * The header text of each column found, in column order.
	 */
	Map<OewsColumn, String> headers() {
		return this.headers;
	}

	/**
	 * The header texts that name no OEWS column.
	 */
	List<String> ignored() {
		return this.ignored;
	}

	/**
	 * The header text of a column, or its name when the sheet lacks it.
	 */
	String header(OewsColumn column) {
		return this.headers.getOrDefault(column, column.name());
	}

	RowParser parser() {
		return new RowParser(this.sheet, this.columns, this.headers);
	}

}
