package io.tactus.reports.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams the rows of a spreadsheet one at a time, for any table, not only OEWS: the
 * first sheet of an {@code .xlsx} workbook (POI event API, shared strings checked) or a
 * CSV file (commons-csv, UTF-8 or Windows-1252), with the same limits as the wage-table
 * reader. Memory does not grow with the number of rows: nothing of a row is kept after
 * its handler returns.
 *
 * <pre class="code">
 * SpreadsheetRows.readFirstSheet(file, "visits.xlsx", (row) -&gt; { ... row.text(0) ...; return true; });
 * </pre>
 */
public final class SpreadsheetRows {

	/** The longest cell read, in characters: Excel's limit. */
	public static final int MAX_CELL_CHARACTERS = 32_767;

	/** The most columns in a row: Excel's limit (A to XFD). */
	public static final int MAX_COLUMNS = 16_384;

	/**
	 * The most characters in one row, all cells together (1 Mi): no real table comes
	 * near, and a row of 16,384 cells of 32,767 characters would need a gigabyte.
	 */
	public static final int MAX_ROW_CHARACTERS = 1 << 20;

	/** The most strings in a workbook's shared-string table (4 Mi). */
	public static final int MAX_SHARED_STRINGS = 1 << 22;

	/** The most characters in a workbook's shared-string table, all together (32 Mi). */
	public static final int MAX_SHARED_STRING_CHARACTERS = 1 << 25;

	private SpreadsheetRows() {
	}

	/**
	 * Reads the first sheet of an {@code .xlsx} workbook.
	 * @param file the workbook
	 * @param fileName the name it was uploaded with (for messages)
	 * @param handler receives the rows that have at least one cell
	 * @throws IOException when the file cannot be read from disk
	 * @throws OewsFileException when it is not a readable workbook;
	 * {@link SpreadsheetLimitException} when a cell, row or table is past a limit or a
	 * cell points at a missing shared string
	 */
	public static void readFirstSheet(Path file, String fileName, RowHandler handler)
			throws IOException, OewsFileException {
		Objects.requireNonNull(handler, "handler");
		UploadSafety.apply();
		XlsxCellRows.read(file, fileName, new FirstSheet(handler), true);
	}

	/**
	 * Reads a CSV file (empty lines are skipped; row numbers are record numbers).
	 * @param file the file
	 * @param fileName the name it was uploaded with (for messages)
	 * @param handler receives the rows
	 * @throws IOException when the file cannot be read from disk
	 * @throws OewsFileException when it cannot be parsed;
	 * {@link SpreadsheetLimitException} when a cell or row is past a limit
	 */
	public static void readCsv(Path file, String fileName, RowHandler handler) throws IOException, OewsFileException {
		Objects.requireNonNull(handler, "handler");
		CsvCellRows.read(file, fileName, new FirstSheet(handler));
	}

	/**
	 * One row, valid only while the handler runs.
	 */
	public interface Row {

		/**
		 * Excel's 1-based row number (the record number for CSV).
		 * @return the number
		 */
		int number();

		/**
		 * One past the last column that has a cell.
		 * @return the width
		 */
		int width();

		/**
		 * A cell as text: the raw value for numbers (e.g. {@code 23}, {@code 46083.5}),
		 * the string for text, {@code TRUE}/{@code FALSE} for booleans, empty for a
		 * missing cell.
		 * @param column the 0-based column
		 * @return the text, never {@code null}
		 */
		String text(int column);

		/**
		 * Whether the cell was stored as a number.
		 * @param column the 0-based column
		 * @return {@code true} for a number cell
		 */
		boolean isNumber(int column);

		/**
		 * The date of a number cell formatted as a date (workbooks only, 1900 date
		 * system).
		 * @param column the 0-based column
		 * @return the date, empty for any other cell
		 */
		Optional<LocalDate> date(int column);

	}

	/**
	 * Receives rows.
	 */
	@FunctionalInterface
	public interface RowHandler {

		/**
		 * A row with at least one cell.
		 * @param row the row, valid only during the call
		 * @return {@code false} to stop reading
		 */
		boolean row(Row row);

	}

	/**
	 * Passes the rows of the first sheet on, then stops.
	 */
	private static final class FirstSheet implements RowVisitor, Row {

		private final RowHandler handler;

		private boolean started;

		private int number;

		private RawCells cells;

		FirstSheet(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public boolean startSheet(String name) {
			boolean first = !this.started;
			this.started = true;
			return first;
		}

		@Override
		public boolean row(int rowNumber, RawCells cells) {
			this.number = rowNumber;
			this.cells = cells;
			try {
				return this.handler.row(this);
			}
			finally {
				this.cells = null;
			}
		}

		@Override
		public boolean endSheet() {
			return false;
		}

		@Override
		public int number() {
			return this.number;
		}

		@Override
		public int width() {
			return this.cells.width();
		}

		@Override
		public String text(int column) {
			return this.cells.text(column);
		}

		@Override
		public boolean isNumber(int column) {
			return this.cells.isNumber(column);
		}

		@Override
		public Optional<LocalDate> date(int column) {
			if (!this.cells.isDate(column)) {
				return Optional.empty();
			}
			try {
				double serial = Double.parseDouble(this.cells.text(column));
				if (!DateUtil.isValidExcelDate(serial)) {
					return Optional.empty();
				}
				return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

}
