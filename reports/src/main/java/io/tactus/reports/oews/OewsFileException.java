package io.tactus.reports.oews;

/**
 * An upload that cannot be read as a wage table at all (not a spreadsheet, empty,
 * password-protected, unsafe, damaged). The message is meant for the person who uploaded
 * the file.
 */
public class OewsFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String fileName;

	private final Reason reason;

	OewsFileException(String fileName, Reason reason, String message) {
		this(fileName, reason, message, null);
	}

	OewsFileException(String fileName, Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.fileName = fileName;
		this.reason = reason;
	}

	/**
	 * The name of the rejected file, as uploaded.
	 * @return the file name
	 */
	public String fileName() {
		return this.fileName;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a file cannot be read.
	 */
	public enum Reason {

		/** The file has no bytes. */
		EMPTY,

		/** An Excel lock file ({@code ~$name.xlsx}), not a workbook. */
		LOCK_FILE,

		/** Neither an {@code .xlsx} workbook nor a CSV file. */
		NOT_A_SPREADSHEET,

		/** An old binary {@code .xls} workbook. */
		OLD_EXCEL_FORMAT,

		/** An encrypted (password-protected) workbook. */
		PASSWORD_PROTECTED,

		/**
		 * Compressed parts that inflate suspiciously far (a zip bomb) or are too large.
		 */
		ZIP_BOMB,

		/** XML with a document type declaration or entities (XXE, billion laughs). */
		UNSAFE_XML,

		/** A workbook whose parts are missing or damaged. */
		DAMAGED,

		/**
		 * A cell, row or table past a reading limit ({@link SpreadsheetRows}): too long a
		 * cell or row, too many columns or shared strings.
		 */
		LIMIT_EXCEEDED

	}

}
