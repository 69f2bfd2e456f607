package io.tactus.reports.oews;

import java.util.Locale;

/**
 * A spreadsheet the reader stopped reading at one place: a cell, row or shared-string
 * table past a limit of {@link SpreadsheetRows}, or a cell pointing at a shared string
 * the workbook does not have. It names where (sheet, row, column) and what (the start of
 * the value), so a page can say it in its own words.
 */
public final class SpreadsheetLimitException extends OewsFileException {

	private static final long serialVersionUID = 1L;

	/** How much of a value is kept for the message. */
	static final int VALUE_SHOWN = 40;

	private final Limit limit;

	private final String sheet;

	private final int row;

	private final String column;

	private final String value;

	SpreadsheetLimitException(String fileName, Limit limit, String sheet, int row, int column, String value) {
		super(fileName, (limit == Limit.MISSING_SHARED_STRING) ? Reason.DAMAGED : Reason.LIMIT_EXCEEDED,
				message(fileName, limit, sheet, row, columnName(column), shorten(value)));
		this.limit = limit;
		this.sheet = sheet;
		this.row = row;
		this.column = columnName(column);
		this.value = shorten(value);
	}

	/**
	 * Which limit was passed.
	 * @return the limit
	 */
	public Limit limit() {
		return this.limit;
	}

	/**
	 * The sheet name, empty for CSV.
	 * @return the sheet
	 */
	public String sheet() {
		return this.sheet;
	}

	/**
	 * Excel's 1-based row number (the line for CSV), 0 when the problem is not in one row
	 * (the shared-string table).
	 * @return the row
	 */
	public int row() {
		return this.row;
	}

	/**
	 * The column as Excel names it ({@code A}, {@code XFE}), empty when not about one
	 * column.
	 * @return the column
	 */
	public String column() {
		return this.column;
	}

	/**
	 * The start of the offending value (at most {@value #VALUE_SHOWN} characters, then
	 * "…"), empty when there is none.
	 * @return the value
	 */
	public String value() {
		return this.value;
	}

	static String columnName(int column) {
		if (column < 0) {
			return "";
		}
		StringBuilder name = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	private static String shorten(String value) {
		return (value.length() > VALUE_SHOWN) ? value.substring(0, VALUE_SHOWN) + "…" : value;
	}

	private static String message(String fileName, Limit limit, String sheet, int row, String column, String value) {
		StringBuilder where = new StringBuilder();
		if (!sheet.isEmpty()) {
			where.append("sheet \"").append(sheet).append("\", ");
		}
		if (row > 0) {
			where.append(sheet.isEmpty() ? "line " : "row ").append(row);
		}
		if (!column.isEmpty()) {
			where.append(", column ").append(column);
		}
		String at = (where.length() > 0) ? " (" + where + ")" : "";
		String shown = value.isEmpty() ? "" : " \"" + value + "\"";
		String name = UploadSafety.baseName(fileName);
		String what = switch (limit) {
			case CELL_CHARACTERS -> "a cell" + at + " is longer than " + number(limit.max())
					+ " characters, Excel's limit" + (shown.isEmpty() ? "" : "; it starts" + shown);
			case COLUMNS -> "a row" + at + " has more than " + number(limit.max()) + " columns, Excel's limit";
			case ROW_CHARACTERS -> "a row" + at + " holds more than " + number(limit.max())
					+ " characters in all; no real table has rows that long";
			case SHARED_STRINGS -> "its shared-string table holds more than " + number(limit.max())
					+ " strings; no real table needs that many";
			case SHARED_STRING_CHARACTERS -> "its shared-string table holds more than " + number(limit.max())
					+ " characters; no real table needs that many";
			case MISSING_SHARED_STRING -> "a cell" + at + " points at shared string" + shown
					+ ", which the workbook does not have (it is damaged or was made to attack a server)";
		};
		return "\"" + name + "\" was refused: " + what + ".";
	}

	private static String number(long value) {
		return String.format(Locale.US, "%,d", value);
	}

	/**
	 * The limits of the reader.
	 */
	public enum Limit {

		/** A cell longer than {@link SpreadsheetRows#MAX_CELL_CHARACTERS}. */
		CELL_CHARACTERS(SpreadsheetRows.MAX_CELL_CHARACTERS),

		/** A row with more than {@link SpreadsheetRows#MAX_COLUMNS} columns. */
		COLUMNS(SpreadsheetRows.MAX_COLUMNS),

		/** A row longer than {@link SpreadsheetRows#MAX_ROW_CHARACTERS} in all. */
		ROW_CHARACTERS(SpreadsheetRows.MAX_ROW_CHARACTERS),

		/** More than {@link SpreadsheetRows#MAX_SHARED_STRINGS} shared strings. */
		SHARED_STRINGS(SpreadsheetRows.MAX_SHARED_STRINGS),

		/**
		 * More than {@link SpreadsheetRows#MAX_SHARED_STRING_CHARACTERS} characters of
		 * shared strings.
		 */
		SHARED_STRING_CHARACTERS(SpreadsheetRows.MAX_SHARED_STRING_CHARACTERS),

		/** A cell pointing at a shared string past the end of the table. */
		MISSING_SHARED_STRING(0);

		private final long max;

		Limit(long max) {
			this.max = max;
		}

		/**
		 * The limit, 0 for {@link #MISSING_SHARED_STRING}.
		 * @return the largest accepted count
		 */
		public long max() {
			return this.max;
		}

	}

}
