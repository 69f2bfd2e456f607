package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the "errors workbook" of an upload: the uploaded data sheet, row for row at the
 * same row numbers, plus a {@value #PROBLEMS} column that lists each row's problems, and
 * a {@value #SUMMARY_SHEET} sheet with the problems of the whole file. An admin fixes the
 * rows in Excel and uploads the workbook again; the reader ignores the extra column and
 * sheet.
 *
 * <p>
 * The upload is read again while the workbook is written, so every problem is listed,
 * even when the {@link ReadReport} kept only the first findings of a kind. Memory stays
 * flat ({@code SXSSF}, inline strings).
 */
public final class OewsErrorWorkbook {

	/** The header of the added column. */
	public static final String PROBLEMS = "Problems";

	/** The sheet listing the problems of the whole file. */
	public static final String SUMMARY_SHEET = "Problems summary";

	private OewsErrorWorkbook() {
	}

	/**
	 * Reads an upload again and writes its errors workbook.
	 * @param upload the uploaded file
	 * @param fileName the name it was uploaded with
	 * @param out where the workbook goes; not closed
	 * @return the report of the new read (the same as the first read's)
	 * @throws IOException when reading or writing fails
	 * @throws OewsFileException when the upload cannot be read at all (there is nothing
	 * to write then)
	 */
	public static ReadReport write(Path upload, String fileName, OutputStream out)
			throws IOException, OewsFileException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			workbook.setZip64Mode(Zip64Mode.AsNeeded);
			Writer writer = new Writer(workbook, fileName);
			ReadReport report = OewsReader.read(upload, fileName, (row) -> {
			}, writer);
			summary(workbook, report, writer.bold);
			workbook.write(out);
			return report;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * Writes the errors workbook of an uploaded stream, copied to a temporary file first
	 * (deleted afterwards); the stream is not closed.
	 * @param upload the uploaded bytes
	 * @param fileName the name it was uploaded with
	 * @param out where the workbook goes; not closed
	 * @return the report of the read
	 * @throws IOException when reading or writing fails
	 * @throws OewsFileException when the upload cannot be read at all
	 */
	public static ReadReport write(InputStream upload, String fileName, OutputStream out)
			throws IOException, OewsFileException {
		Objects.requireNonNull(upload, "upload");
		Objects.requireNonNull(fileName, "fileName");
		Path copy = Files.createTempFile("oews-upload-", ".tmp");
		try {
			Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
			return write(copy, fileName, out);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static void summary(SXSSFWorkbook workbook, ReadReport report, CellStyle bold) {
		SXSSFSheet sheet = workbook.createSheet(SUMMARY_SHEET);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		int[] next = { 0 };
		line(sheet, next, bold, "File", report.fileName());
		line(sheet, next, bold, "Data sheet", report.sheetName().isEmpty() ? "(none found)" : report.sheetName());
		line(sheet, next, bold, "Survey year",
				report.surveyYear().isPresent() ? Integer.toString(report.surveyYear().getAsInt()) : "(not found)");
		line(sheet, next, bold, "Result",
				report.isAccepted() ? "Accepted" : "Rejected: fix the errors and upload again");
		line(sheet, next, bold, "Rows read", Long.toString(report.rowsRead()));
		line(sheet, next, bold, "Rows accepted", Long.toString(report.rowsAccepted()));
		line(sheet, next, bold, "Rows with errors", Long.toString(report.rowsRejected()));
		line(sheet, next, bold, "Rows left out", Long.toString(report.rowsLeftOut()));
		next[0]++;
		line(sheet, next, bold, "Problem", "Count");
		for (Map.Entry<FindingKind, Long> count : report.findingCounts().entrySet()) {
			line(sheet, next, null, count.getKey().name() + " (" + count.getKey().severity() + ")",
					Long.toString(count.getValue()));
		}
		next[0]++;
		line(sheet, next, bold, "Problems of the whole file", "");
		for (Finding finding : report.findings()) {
			if (finding.isFileLevel() || finding.row() == report.headerRow()) {
				line(sheet, next, null, finding.severity().name(), finding.describe());
			}
		}
	}

	private static void line(SXSSFSheet sheet, int[] next, CellStyle style, String label, String text) {
		Row row = sheet.createRow(next[0]++);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(text);
		if (style != null) {
			row.getCell(0).setCellStyle(style);
		}
	}

	private static final class Writer implements RowObserver {

		private final SXSSFWorkbook workbook;

		private final String fileName;

		private final CellStyle bold;

		private final CellStyle error;

		private final CellStyle warning;

		private SXSSFSheet sheet;

		private int problemsColumn;

		private boolean[] figureColumns = new boolean[0];

		Writer(SXSSFWorkbook workbook, String fileName) {
			this.workbook = workbook;
			this.fileName = fileName;
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.error = fill(IndexedColors.ROSE);
			this.warning = fill(IndexedColors.LIGHT_YELLOW);
		}

		private CellStyle fill(IndexedColors color) {
			CellStyle style = this.workbook.createCellStyle();
			style.setFillForegroundColor(color.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			style.setWrapText(true);
			return style;
		}

		@Override
		public void header(String sheetName, int rowNumber, RawCells cells) {
			String name = sheetName;
			if (name.isEmpty()) {
				OptionalInt year = SurveyYears.detect("", this.fileName);
				name = year.isPresent() ? "All May " + year.getAsInt() + " data" : "Data";
			}
			this.sheet = this.workbook.createSheet(name);
			this.problemsColumn = cells.width();
			this.figureColumns = new boolean[cells.width()];
			for (int i = 0; i < cells.width(); i++) {
				OewsColumn column = OewsColumn.ofHeader(cells.text(i)).orElse(null);
				this.figureColumns[i] = column != null && column.ordinal() >= OewsColumn.TOT_EMP.ordinal()
						&& column.ordinal() <= OewsColumn.A_PCT90.ordinal();
			}
			Row row = copy(rowNumber, cells);
			for (int i = 0; i < this.problemsColumn; i++) {
				if (row.getCell(i) != null) {
					row.getCell(i).setCellStyle(this.bold);
				}
			}
			row.createCell(this.problemsColumn).setCellValue(PROBLEMS);
			row.getCell(this.problemsColumn).setCellStyle(this.bold);
			this.sheet.setColumnWidth(this.problemsColumn, 80 * 256);
		}

		@Override
		public void row(int rowNumber, RawCells cells, List<Finding> findings) {
			Row row = copy(rowNumber, cells);
			if (findings.isEmpty()) {
				return;
			}
			StringBuilder problems = new StringBuilder();
			boolean anyError = false;
			for (Finding finding : findings) {
				if (problems.length() > 0) {
					problems.append('\n');
				}
				problems.append(finding.severity().name()).append(": ");
				if (!finding.column().isEmpty()) {
					problems.append(finding.column()).append(' ');
				}
				if (!finding.value().isEmpty()) {
					problems.append('"').append(finding.value()).append("\" ");
				}
				problems.append(finding.message());
				anyError |= finding.isError();
			}
			row.createCell(this.problemsColumn).setCellValue(problems.toString());
			row.getCell(this.problemsColumn).setCellStyle(anyError ? this.error : this.warning);
		}

		/**
		 * A number in a figure column of a CSV upload (where every cell is text), so the
		 * admin gets numbers in Excel; codes such as AREA {@code 01} stay text.
		 */
		private Optional<String> csvNumber(int column, String text) {
			if (column >= this.figureColumns.length || !this.figureColumns[column] || text.isBlank()
					|| !text.strip().equals(text)) {
				return Optional.empty();
			}
			return OewsText.plainNumber(text);
		}

		private Row copy(int rowNumber, RawCells cells) {
			Row row = this.sheet.createRow(rowNumber - 1);
			for (int i = 0; i < cells.width(); i++) {
				String text = cells.text(i);
				if (text.isEmpty()) {
					continue;
				}
				int column = (i < this.problemsColumn || this.problemsColumn == 0) ? i : i + 1;
				Optional<String> number = cells.isNumber(i) ? Optional.of(text) : csvNumber(i, text);
				if (number.isPresent()) {
					try {
						row.createCell(column).setCellValue(Double.parseDouble(number.get()));
						continue;
					}
					catch (NumberFormatException ex) {
						// written as text below
					}
				}
				row.createCell(column).setCellValue(text);
			}
			return row;
		}

	}

}
