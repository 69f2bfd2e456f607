package io.tactus.reports.oews;

/**
 * Decodes the cells of a worksheet as {@link SheetXml} reads them (the reference, the
 * type, the raw value: numbers never formatted, formulas never evaluated, shared strings
 * looked up and checked against the table), assembles them into one reused
 * {@link RawCells} row, enforces the cell, row and column limits, and passes each row
 * with a cell on to the {@link RowVisitor}.
 */
final class SheetCells {

	private static final int MAX_COLUMNS = SpreadsheetRows.MAX_COLUMNS;

	static final int NUMBER = 0;

	static final int SHARED = 1;

	static final int BOOLEAN = 2;

	static final int TEXT = 3;

	private final String fileName;

	private final SharedStrings strings;

	private final XlsxCellRows.DateStyles styles;

	private final RowVisitor visitor;

	private final RawCells cells = new RawCells();

	private String sheet = "";

	private int rowNumber;

	private long rowCharacters;

	private int column;

	private int type;

	private int style;

	private boolean hasValue;

	SheetCells(String fileName, SharedStrings strings, XlsxCellRows.DateStyles styles, RowVisitor visitor) {
		this.fileName = fileName;
		this.strings = strings;
		this.styles = styles;
		this.visitor = visitor;
	}

	void startSheet(String sheet) {
		this.sheet = sheet;
		this.rowNumber = 0;
		this.column = -1;
		this.cells.clear();
	}

	void startRow(String reference) throws OewsFileException {
		startRow((reference != null) ? parseReference(reference) : -1);
	}

	/**
	 * A row begins.
	 * @param reference its number, or -1 when it has none (the one after the last)
	 */
	void startRow(int reference) {
		this.rowNumber = (reference >= 0) ? reference : this.rowNumber + 1;
		this.column = -1;
		this.rowCharacters = 0;
		this.cells.clear();
	}

	private int parseReference(String reference) throws OewsFileException {
		try {
			return Integer.parseInt(reference);
		}
		catch (NumberFormatException ex) {
			throw damaged(ex);
		}
	}

	void dimension(String reference) {
		if (reference == null) {
			return;
		}
		int colon = reference.lastIndexOf(':');
		String last = reference.substring(colon + 1);
		int digits = 0;
		while (digits < last.length() && !Character.isDigit(last.charAt(digits))) {
			digits++;
		}
		if (digits < last.length()) {
			try {
				this.visitor.dimension(Integer.parseInt(last.substring(digits)));
			}
			catch (NumberFormatException ex) {
				// a damaged dimension only costs the progress estimate
			}
		}
	}

	void startCell(String reference, String type, String style) throws OewsFileException {
		int styleIndex = -1;
		if (style != null) {
			try {
				styleIndex = Integer.parseInt(style);
			}
			catch (NumberFormatException ex) {
				styleIndex = -1;
			}
		}
		startCell((reference != null) ? columnIndex(reference) : -1, reference, typeOf(type), styleIndex);
	}

	/**
	 * A cell begins.
	 * @param column its column from its reference, or -1 when it has none (the one after
	 * the last)
	 * @param reference its reference as written, for messages
	 * @param type {@link #NUMBER}, {@link #SHARED}, {@link #BOOLEAN} or {@link #TEXT}
	 * @param style its style index, or -1
	 */
	void startCell(int column, String reference, int type, int style) throws OewsFileException {
		this.column = (reference != null) ? column : this.column + 1;
		if (this.column >= MAX_COLUMNS) {
			throw refused(SpreadsheetLimitException.Limit.COLUMNS, MAX_COLUMNS, (reference != null) ? reference : "");
		}
		if (this.column < -1) {
			throw damaged(new IllegalArgumentException("The sheet has a damaged cell reference: " + reference));
		}
		this.type = type;
		this.style = style;
		this.hasValue = false;
	}

	private static int typeOf(String type) {
		if (type == null) {
			return NUMBER;
		}
		return switch (type) {
			case "n" -> NUMBER;
			case "s" -> SHARED;
			case "b" -> BOOLEAN;
			default -> TEXT;
		};
	}

	/** The cell has a value ({@code <v>} or inline {@code <t>}), possibly empty. */
	void value() {
		this.hasValue = true;
	}

	void endCell(char[] text, int length, boolean tooLong) throws OewsFileException {
		if (!this.hasValue || this.column < 0) {
			return;
		}
		if (tooLong) {
			throw refused(SpreadsheetLimitException.Limit.CELL_CHARACTERS, this.column, new String(text, 0, length));
		}
		int characters;
		switch (this.type) {
			case NUMBER, TEXT -> {
				this.cells.set(this.column, text, 0, length, this.type == NUMBER);
				characters = length;
			}
			case SHARED -> {
				String value = sharedString(text, length);
				this.cells.set(this.column, value, false);
				characters = value.length();
			}
			default -> {
				boolean value = length > 0 && trimmedEquals(text, length, '1');
				this.cells.set(this.column, value ? "TRUE" : "FALSE", false);
				characters = value ? 4 : 5;
			}
		}
		this.rowCharacters += characters;
		if (this.rowCharacters > SpreadsheetRows.MAX_ROW_CHARACTERS) {
			throw refused(SpreadsheetLimitException.Limit.ROW_CHARACTERS, this.column, this.cells.text(this.column));
		}
		if (this.type == NUMBER && this.style >= 0 && this.styles != null && this.styles.isDate(this.style)) {
			this.cells.markDate(this.column);
		}
	}

	private static boolean trimmedEquals(char[] text, int length, char only) {
		int start = 0;
		int end = length;
		while (start < end && text[start] <= ' ') {
			start++;
		}
		while (end > start && text[end - 1] <= ' ') {
			end--;
		}
		return end - start == 1 && text[start] == only;
	}

	/**
	 * A shared string, checked against the table: a cell may point anywhere, and a string
	 * cut at the cell limit is refused where it is used.
	 */
	private String sharedString(char[] text, int length) throws OewsFileException {
		int start = 0;
		int end = length;
		while (start < end && text[start] <= ' ') {
			start++;
		}
		while (end > start && text[end - 1] <= ' ') {
			end--;
		}
		long index = (start < end) ? 0 : -1;
		for (int i = start; i < end && index >= 0; i++) {
			char c = text[i];
			index = (c >= '0' && c <= '9' && index < Integer.MAX_VALUE) ? index * 10 + (c - '0') : -1;
		}
		if (index < 0 || index >= this.strings.size()) {
			throw refused(SpreadsheetLimitException.Limit.MISSING_SHARED_STRING, this.column,
					new String(text, start, end - start));
		}
		String string = this.strings.get((int) index);
		if (this.strings.isTooLong((int) index)) {
			throw refused(SpreadsheetLimitException.Limit.CELL_CHARACTERS, this.column, string);
		}
		return string;
	}

	/**
	 * @return {@code false} to stop reading the sheet
	 */
	boolean endRow() {
		if (this.cells.width() == 0) {
			return true;
		}
		try {
			return this.visitor.row(this.rowNumber, this.cells);
		}
		catch (RuntimeException ex) {
			throw new XlsxCellRows.VisitorFailure(ex);
		}
	}

	private SpreadsheetLimitException refused(SpreadsheetLimitException.Limit limit, int column, String value) {
		return new SpreadsheetLimitException(this.fileName, limit, this.sheet, this.rowNumber, column, value);
	}

	private OewsFileException damaged(Exception cause) {
		return UploadSafety.translate(this.fileName,
				new IllegalArgumentException("The sheet has a damaged cell or row reference", cause));
	}

	static int columnIndex(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && column <= MAX_COLUMNS; i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

}
