package io.tactus.reports.oews;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Sits between a CSV file and the CSV parser and follows the file's structure character
 * by character (fields, RFC 4180 quotes, lines), so a record past a limit of
 * {@link SpreadsheetRows} is stopped while it arrives: the parser never holds more than
 * one record within the limits (a CSV of 40 million columns, or one cell of 500 MB, stops
 * at the first character past the limit).
 */
final class CsvGuard extends FilterReader {

	private static final int FIELD_START = 0;

	private static final int PLAIN = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_SEEN = 3;

	private final StringBuilder start = new StringBuilder(SpreadsheetLimitException.VALUE_SHOWN);

	private int state = FIELD_START;

	private int line = 1;

	private int column;

	private int cellCharacters;

	private long rowCharacters;

	CsvGuard(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			accept((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			accept(buffer[i]);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("skip is not supported");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void accept(char c) {
		switch (this.state) {
			case FIELD_START -> {
				if (c == '"') {
					this.state = QUOTED;
				}
				else if (!separates(c)) {
					this.state = PLAIN;
					count(c);
				}
			}
			case PLAIN -> {
				if (!separates(c)) {
					count(c);
				}
			}
			case QUOTED -> {
				if (c == '"') {
					this.state = QUOTE_SEEN;
				}
				else {
					count(c);
				}
			}
			default -> {
				if (c == '"') {
					this.state = QUOTED;
					count(c);
				}
				else if (!separates(c)) {
					this.state = PLAIN;
					count(c);
				}
			}
		}
		if (c == '\n') {
			this.line++;
		}
	}

	/**
	 * Handles a comma or line end outside quotes.
	 * @return whether the character ended a field or a record
	 */
	private boolean separates(char c) {
		if (c == ',') {
			this.column++;
			if (this.column >= SpreadsheetRows.MAX_COLUMNS) {
				throw new Breach(SpreadsheetLimitException.Limit.COLUMNS, this.line, this.column, "");
			}
		}
		else if (c == '\n' || c == '\r') {
			this.column = 0;
			this.rowCharacters = 0;
		}
		else {
			return false;
		}
		this.state = FIELD_START;
		this.cellCharacters = 0;
		this.start.setLength(0);
		return true;
	}

	private void count(char c) {
		this.cellCharacters++;
		this.rowCharacters++;
		if (this.start.length() < SpreadsheetLimitException.VALUE_SHOWN) {
			this.start.append(c);
		}
		if (this.cellCharacters > SpreadsheetRows.MAX_CELL_CHARACTERS) {
			throw new Breach(SpreadsheetLimitException.Limit.CELL_CHARACTERS, this.line, this.column,
					this.start.toString() + c);
		}
		if (this.rowCharacters > SpreadsheetRows.MAX_ROW_CHARACTERS) {
			throw new Breach(SpreadsheetLimitException.Limit.ROW_CHARACTERS, this.line, this.column,
					this.start.toString());
		}
	}

	/**
	 * A limit passed; unchecked so that it passes through the CSV parser unchanged.
	 */
	static final class Breach extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final SpreadsheetLimitException.Limit limit;

		private final int line;

		private final int column;

		private final String value;

		Breach(SpreadsheetLimitException.Limit limit, int line, int column, String value) {
			super(limit.name(), null, false, false);
			this.limit = limit;
			this.line = line;
			this.column = column;
			this.value = value;
		}

		SpreadsheetLimitException refusal(String fileName) {
			return new SpreadsheetLimitException(fileName, this.limit, "", this.line, this.column, this.value);
		}

	}

}
