package io.tactus.reports.oews;

import java.util.Objects;

/**
 * One problem found in an uploaded wage table, in words an admin can act on.
 *
 * @param severity {@link Severity#ERROR} rejects the dataset, {@link Severity#WARNING}
 * does not
 * @param kind what kind of problem it is
 * @param sheet the sheet name (empty for CSV files)
 * @param row Excel's 1-based row number (the line for CSV), 0 for problems of the whole
 * file
 * @param area the row's area (its AREA_TITLE, else its AREA code), empty for problems of
 * the whole file or of a row without one
 * @param column the column name as the file spells it, empty when the problem is not
 * about one column
 * @param value the offending cell text, empty when there is none
 * @param message what is wrong, in plain words
 */
public record Finding(Severity severity, FindingKind kind, String sheet, int row, String area, String column,
		String value, String message) {

	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sheet, "sheet");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(message, "message");
		if (row < 0) {
			throw new IllegalArgumentException("A row number is 1-based, or 0 for the whole file, not " + row);
		}
	}

	/**
	 * A finding that names no area.
	 * @param severity the severity
	 * @param kind the kind
	 * @param sheet the sheet
	 * @param row the row, 0 for the whole file
	 * @param column the column
	 * @param value the cell text
	 * @param message what is wrong
	 */
	public Finding(Severity severity, FindingKind kind, String sheet, int row, String column, String value,
			String message) {
		this(severity, kind, sheet, row, "", column, value, message);
	}

	static Finding of(FindingKind kind, String sheet, int row, String column, String value, String message) {
		return new Finding(kind.severity(), kind, sheet, row, column, value, message);
	}

	/**
	 * The same finding naming the row's area.
	 * @param area the area (its title, else its code)
	 * @return the finding with that area
	 */
	public Finding withArea(String area) {
		return new Finding(this.severity, this.kind, this.sheet, this.row, area, this.column, this.value, this.message);
	}

	/**
	 * Whether the finding is about the whole file rather than one row.
	 * @return {@code true} for a file-level finding
	 */
	public boolean isFileLevel() {
		return this.row == 0;
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/**
	 * The finding as one line, e.g.
	 * {@code Row 12 (Alaska), H_MEDIAN "abc": not a number}.
	 * @return the line
	 */
	public String describe() {
		StringBuilder line = new StringBuilder();
		if (this.row > 0) {
			line.append("Row ").append(this.row);
			if (!this.area.isEmpty()) {
				line.append(" (").append(this.area).append(')');
			}
		}
		if (!this.column.isEmpty()) {
			line.append((line.length() > 0) ? ", " : "").append(this.column);
		}
		if (!this.value.isEmpty()) {
			line.append(" \"").append(this.value).append('"');
		}
		return (line.length() > 0) ? line.append(": ").append(this.message).toString() : this.message;
	}

	/**
	 * How serious a finding is.
	 */
	public enum Severity {

		/** The dataset cannot be used until the problem is fixed. */
		ERROR,

		/** Worth a look; the dataset can still be used. */
		WARNING

	}

}
