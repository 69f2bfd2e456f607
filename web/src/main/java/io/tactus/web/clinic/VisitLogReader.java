package io.tactus.web.clinic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a visit log (CSV or XLSX, the first sheet) into rows of text cells. Workbooks are
 * read whole (POI user model), hence the 20 MB limit.
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

	static boolean isWorkbook(String fileName, byte[] content) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
				|| (content.length > 1 && content[0] == 'P' && content[1] == 'K');
	}

	static List<LogRow> read(String fileName, byte[] content) throws IOException {
		return isWorkbook(fileName, content) ? readWorkbook(content) : readCsv(content);
	}

	private static List<LogRow> readCsv(byte[] content) throws IOException {
		List<LogRow> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<String> cells = new ArrayList<>(record.size());
				for (String value : record) {
					cells.add(clean(value, number == 1));
				}
				rows.add(new LogRow(number, cells));
			}
		}
		return rows;
	}

	private static List<LogRow> readWorkbook(byte[] content) throws IOException {
		List<LogRow> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.US);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					cells.add(text(row.getCell(i), formatter));
				}
				rows.add(new LogRow(row.getRowNum() + 1, cells));
			}
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return date.toString();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e12) {
				return Long.toString((long) value);
			}
		}
		return clean(formatter.formatCellValue(cell), false);
	}

	private static String clean(String value, boolean header) {
		String text = value.strip();
		if (header && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1).strip();
		}
		return text;
	}

}
