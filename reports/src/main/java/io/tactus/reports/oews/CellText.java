package io.tactus.reports.oews;

/**
 * The text of one cell as it is read, in one reused buffer that grows up to Excel's cell
 * limit; characters past it are dropped and the text is marked as too long.
 */
final class CellText {

	private char[] text = new char[256];

	private int length;

	private boolean tooLong;

	void clear() {
		this.length = 0;
		this.tooLong = false;
	}

	void append(char c) {
		if (this.length == this.text.length) {
			if (this.length >= SpreadsheetRows.MAX_CELL_CHARACTERS) {
				this.tooLong = true;
				return;
			}
			char[] grown = new char[Math.min(SpreadsheetRows.MAX_CELL_CHARACTERS, this.text.length * 2)];
			System.arraycopy(this.text, 0, grown, 0, this.length);
			this.text = grown;
		}
		this.text[this.length++] = c;
	}

	/**
	 * Drops the last characters kept (the end of a CDATA section read as text).
	 */
	void dropLast(int count) {
		this.length -= Math.min(this.length, count);
	}

	char[] chars() {
		return this.text;
	}

	int length() {
		return this.length;
	}

	boolean isTooLong() {
		return this.tooLong;
	}

}
