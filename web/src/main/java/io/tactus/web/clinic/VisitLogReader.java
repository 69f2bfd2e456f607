package io.tactus.web.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.SpreadsheetRows;

/**
 * Streams a visit log (CSV or XLSX, the first sheet) as rows of text cells, one at a
 * time, with the limits of {@link SpreadsheetRows} (cells up to 32,767 characters, 16,384
 * columns): nothing of the file is held but the row at hand, so memory does not grow with
 * the number of lines.
 */
final class VisitLogReader {

	/** The largest file accepted. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	/** The most service lines in one file. */
	static final int MAX_LINES = 200_000;

	private VisitLogReader() {
	}

	/**
	 * One row of the file.
	 *
	 * @param number the row number in the file (the header is 1)
	 * @param cells the cells as text, trimmed
	 */
	record LogRow(int number, List<String> cells) {

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isEmpty);
		}

	}

	static boolean isWorkbook(String fileName, Path file) throws IOException {
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(2);
			return head.length == 2 && head[0] == 'P' && head[1] == 'K';
		}
	}

	/**
	 * Reads the rows that have at least one cell, in order, until the consumer returns
	 * {@code false}.
	 * @param file the stored upload
	 * @param fileName the name it was uploaded with
	 * @param rows receives each row (the first one is the header)
	 * @throws IOException when the file cannot be read from disk
	 * @throws OewsFileException when it cannot be read as CSV or XLSX, or passes a limit
	 * ({@link io.tactus.reports.oews.SpreadsheetLimitException})
	 */
	static void read(Path file, String fileName, Predicate<LogRow> rows) throws IOException, OewsFileException {
		boolean[] first = { true };
		SpreadsheetRows.RowHandler handler = (row) -> {
			List<String> cells = new ArrayList<>(row.width());
			for (int i = 0; i < row.width(); i++) {
				cells.add(text(row, i, first[0]));
			}
			first[0] = false;
			return rows.test(new LogRow(row.number(), cells));
		};
		if (isWorkbook(fileName, file)) {
			SpreadsheetRows.readFirstSheet(file, fileName, handler);
		}
		else {
			SpreadsheetRows.readCsv(file, fileName, handler);
		}
	}

	/**
	 * A cell as the checks expect it: a date cell as {@code yyyy-mm-dd}, a whole number
	 * without decimals ({@code 23}, not {@code 23.0}), text trimmed (and without a
	 * byte-order mark in the header).
	 */
	private static String text(SpreadsheetRows.Row row, int column, boolean header) {
		Optional<java.time.LocalDate> date = row.date(column);
		if (date.isPresent()) {
			return date.get().toString();
		}
		String text = row.text(column).strip();
		if (row.isNumber(column)) {
			try {
				double value = Double.parseDouble(text);
				if (value == Math.rint(value) && Math.abs(value) < 1e12) {
					return Long.toString((long) value);
				}
			}
			catch (NumberFormatException ex) {
				return text;
			}
		}
		if (header && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1).strip();
		}
		return text;
	}

}
