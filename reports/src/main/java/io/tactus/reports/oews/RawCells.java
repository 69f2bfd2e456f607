package io.tactus.reports.oews;

import java.util.Arrays;

/**
 * The cells of one spreadsheet row as read, before any interpretation: the cell text (the
 * raw value for numbers, the string for text) and whether the cell was stored as a
 * number. Reused from row to row: characters copied in from the XML parser stay in one
 * buffer and become a {@link String} only when {@link #text} asks for one, and a number
 * cell is read by {@link #number} straight from that buffer.
 */
final class RawCells {

	private String[] texts = new String[40];

	private boolean[] numbers = new boolean[40];

	private boolean[] dates = new boolean[40];

	private int[] starts = new int[40];

	private int[] lengths = new int[40];

	private char[] buffer = new char[1024];

	private int used;

	private int width;

	void clear() {
		Arrays.fill(this.texts, 0, this.width, null);
		Arrays.fill(this.numbers, 0, this.width, false);
		Arrays.fill(this.dates, 0, this.width, false);
		Arrays.fill(this.lengths, 0, this.width, 0);
		this.width = 0;
		this.used = 0;
	}

	void set(int column, String text, boolean number) {
		ensure(column);
		this.texts[column] = text;
		this.lengths[column] = 0;
		this.numbers[column] = number;
		this.width = Math.max(this.width, column + 1);
	}

	/**
	 * Sets a cell from characters the caller keeps no hold on (they are copied).
	 */
	void set(int column, char[] characters, int start, int length, boolean number) {
		ensure(column);
		if (this.used + length > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.used + length));
		}
		System.arraycopy(characters, start, this.buffer, this.used, length);
		this.texts[column] = null;
		this.starts[column] = this.used;
		this.lengths[column] = length;
		this.used += length;
		this.numbers[column] = number;
		this.width = Math.max(this.width, column + 1);
	}

	private void ensure(int column) {
		if (column >= this.texts.length) {
			int length = Math.max(column + 1, this.texts.length * 2);
			this.texts = Arrays.copyOf(this.texts, length);
			this.numbers = Arrays.copyOf(this.numbers, length);
			this.dates = Arrays.copyOf(this.dates, length);
			this.starts = Arrays.copyOf(this.starts, length);
			this.lengths = Arrays.copyOf(this.lengths, length);
		}
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
		if (text == null && this.lengths[column] > 0) {
			text = new String(this.buffer, this.starts[column], this.lengths[column]);
			this.texts[column] = text;
		}
		return (text != null) ? text : "";
	}

	/**
	 * The value of a number cell, read without making a string where the decimal is short
	 * enough to convert exactly (else as {@link Double#parseDouble} reads it).
	 * @param column the 0-based column of a number cell
	 * @return the value
	 * @throws NumberFormatException when the cell does not hold a number
	 */
	double number(int column) {
		if (column >= 0 && column < this.width && this.texts[column] == null && this.lengths[column] > 0) {
			double value = Decimals.parse(this.buffer, this.starts[column], this.lengths[column]);
			if (!Double.isNaN(value)) {
				return value;
			}
		}
		return Double.parseDouble(text(column));
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
			if (this.texts[i] != null) {
				if (!this.texts[i].isBlank()) {
					return false;
				}
			}
			else {
				for (int c = this.starts[i], end = c + this.lengths[i]; c < end; c++) {
					if (!Character.isWhitespace(this.buffer[c])) {
						return false;
					}
				}
			}
		}
		return true;
	}

}
