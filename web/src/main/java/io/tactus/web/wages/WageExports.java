package io.tactus.web.wages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.tactus.reports.statistics.StateComparison;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The state table as XLSX and CSV: the same rows, columns and order as the page, a header
 * row and the source line. Unknown figures are empty cells, with the reason in the notes
 * column.
 */
@Component
class WageExports {

	private static final Locale LOCALE = Locale.US;

	private final MessageSource messages;

	WageExports(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The XLSX workbook.
	 * @param table the table
	 * @param selection the dataset and occupation
	 * @param comparison the comparison
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	void writeXlsx(WageTable table, Selection selection, StateComparison comparison, OutputStream out)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(message("wages.export.sheet", selection.yearText()));
			DataFormat formats = workbook.createDataFormat();
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			Map<Kind, CellStyle> styles = new java.util.EnumMap<>(Kind.class);
			for (Kind kind : Kind.values()) {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(formats.getFormat(excelFormat(kind, table.options().unit())));
				styles.put(kind, style);
			}
			List<Column> columns = columns();
			Row head = sheet.createRow(0);
			List<String> headers = headers(table, columns);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (TableRow row : table.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.code());
				line.createCell(1).setCellValue(row.name());
				for (int i = 1; i < columns.size(); i++) {
					Column column = columns.get(i);
					java.util.OptionalDouble value = row.value(column);
					if (value.isPresent()) {
						Cell cell = line.createCell(i + 1);
						cell.setCellValue((column.kind() == Kind.PERCENT)
								? BigDecimal.valueOf(value.getAsDouble()).movePointLeft(2).doubleValue()
								: value.getAsDouble());
						cell.setCellStyle(styles.get(column.kind()));
					}
				}
				line.createCell(columns.size() + 1).setCellValue(notes(table, row, columns));
			}
			r++;
			sheet.createRow(r++).createCell(0).setCellValue(sourceLine(selection));
			sheet.createRow(r++).createCell(0).setCellValue(scopeLine(table, selection, comparison));
			sheet.createFreezePane(2, 1);
			sheet.setColumnWidth(0, 8 * 256);
			sheet.setColumnWidth(1, 22 * 256);
			for (int i = 2; i <= columns.size(); i++) {
				sheet.setColumnWidth(i, 14 * 256);
			}
			sheet.setColumnWidth(columns.size() + 1, 60 * 256);
			workbook.write(out);
		}
	}

	/**
	 * The CSV file (UTF-8, comma-separated, CRLF). Text cells that a spreadsheet would
	 * read as a formula ({@code = + - @}, tab, carriage return) get a leading {@code '};
	 * numbers are written rounded as the page shows them, unquoted.
	 * @param table the table
	 * @param selection the dataset and occupation
	 * @param comparison the comparison
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	void writeCsv(WageTable table, Selection selection, StateComparison comparison, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
		List<Column> columns = columns();
		csv.printRecord(headers(table, columns).stream().map(WageExports::neutralise).toList());
		for (TableRow row : table.rows()) {
			List<String> record = new ArrayList<>();
			record.add(neutralise(row.code()));
			record.add(neutralise(row.name()));
			for (int i = 1; i < columns.size(); i++) {
				java.util.OptionalDouble value = row.value(columns.get(i));
				record.add(value.isPresent() ? plain(value.getAsDouble()) : "");
			}
			record.add(neutralise(notes(table, row, columns)));
			csv.printRecord(record);
		}
		csv.println();
		csv.printRecord(neutralise(sourceLine(selection)));
		csv.printRecord(neutralise(scopeLine(table, selection, comparison)));
		csv.flush();
	}

	/**
	 * A text cell made safe for spreadsheets: a leading {@code = + - @}, tab or carriage
	 * return would start a formula, so it gets a {@code '} in front.
	 * @param text the text
	 * @return the text, neutralised when needed
	 */
	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	String filename(Selection selection, String extension) {
		return "pay-by-state-" + selection.occupation().code() + "-" + selection.year() + "." + extension;
	}

	private static List<Column> columns() {
		return List.of(Column.values());
	}

	private List<String> headers(WageTable table, List<Column> columns) {
		List<String> headers = new ArrayList<>();
		headers.add(message("wages.export.code"));
		for (Column column : columns) {
			String label = message(column.messageKey(table.options().unit(), table.options().basis()));
			if (column.isWage() && table.options().basis() == Basis.ADJUSTED) {
				label = message("wages.export.adjusted", label);
			}
			headers.add(label);
		}
		headers.add(message("wages.export.notes"));
		return headers;
	}

	private String notes(WageTable table, TableRow row, List<Column> columns) {
		List<String> notes = new ArrayList<>();
		if (row.isThin()) {
			notes.add(message("wages.export.thin", String.join(", ",
					row.thinSample().stream().map((reason) -> message("wages.thin." + reason)).toList())));
		}
		for (Column column : columns) {
			Optional<Mark> mark = row.cell(column).mark();
			if (mark.isPresent() && mark.get() != Mark.NOT_PUBLISHED) {
				notes.add(message("wages.export.note", message(column.messageKey(Unit.ANNUAL)),
						message(mark.get().messageKey())));
			}
			row.cell(column).outlier().ifPresent((o) -> notes.add(message(o.key(), o.arguments())));
			row.cell(column)
				.group()
				.ifPresent((used) -> notes.add(message("wages.export.demand", Integer.toString(used),
						Integer.toString(table.demandComponents()))));
		}
		return String.join("; ", notes);
	}

	private String sourceLine(Selection selection) {
		return message("wages.export.source", selection.yearText());
	}

	private String scopeLine(WageTable table, Selection selection, StateComparison comparison) {
		String basis = (table.options().basis() == Basis.ADJUSTED)
				? message("wages.export.scope.adjusted",
						comparison.costOfLiving().rppYear().isPresent()
								? Integer.toString(comparison.costOfLiving().rppYear().getAsInt()) : "–")
				: message("wages.export.scope.raw");
		return message("wages.export.scope", comparison.occupationTitle(), selection.occupation().code(),
				message("wages.unit." + table.options().unit().key()), basis);
	}

	private static String excelFormat(Kind kind, Unit unit) {
		return switch (kind) {
			case WAGE -> (unit == Unit.HOURLY) ? "\"$\"#,##0.00" : "\"$\"#,##0";
			case COUNT -> "#,##0";
			case RATIO, SCORE -> "0.00";
			case INDEX -> "0.0";
			case RANK -> "0";
			case PERCENT -> "0.0%";
			case TEXT -> "@";
		};
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
