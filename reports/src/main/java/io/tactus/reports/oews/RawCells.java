package io.tactus.reports.oews;

import java.util.Arrays;

/**
 * The cells of one spreadsheet row as read, before any interpretation: the cell text (the
 * raw value for numbers, the string for text) and whether the cell was stored as a
 * number. Reused from row to row.
 */
final class RawCells {

	private String[] texts = new String[40];

	private boolean[] numbers = new boolean[40];

	private boolean[] dates = new boolean[40];

	private int width;

	void clear() {
		Arrays.fill(this.texts, 0, this.width, null);
		Arrays.fill(this.numbers, 0, this.width, false);
		Arrays.fill(this.dates, 0, this.width, false);
		this.width = 0;
	}

	void set(int column, String text, boolean number) {
		if (column >= this.texts.length) {
			int length = Math.max(column + 1, this.texts.length * 2);
			this.texts = Arrays.copyOf(this.texts, length);
			this.numbers = Arrays.copyOf(this.numbers, length);
			this.dates = Arrays.copyOf(this.dates, length);
		}
		this.texts[column] = text;
		this.numbers[column] = number;
		this.width = Math.max(this.width, column + 1);
	}

	/**
	 * One past the last column that has a cell.
	 * @return the width
	 */
	int width() {
		return this.width;
	}

	/**
	 * The text of a cell.
	 * @param column the 0-based column
	 * @return the text, empty for a missing cell
	 */
	String text(int column) {
		if (column < 0 || column >= this.width) {
			return "";
		}
		String text = this.texts[column];
		return (text != null) ? text : "";
	}

	/**
	 * Marks a number cell as formatted as a date (read only when dates are asked for).
	 * @param column the 0-based column, already set
	 */
	void markDate(int column) {
		this.dates[column] = true;
	}

	boolean isDate(int column) {
		return column >= 0 && column < this.width && this.dates[column];
	}

	boolean isNumber(int column) {
		return column >= 0 && column < this.width && this.numbers[column];
	}

	boolean isBlank() {
		for (int i = 0; i < this.width; i++) {
			if (this.texts[i] != null && !this.texts[i].isBlank()) {
				return false;
			}
		}
		return true;
	}

}
