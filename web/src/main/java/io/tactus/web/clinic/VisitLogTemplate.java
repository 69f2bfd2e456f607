package io.tactus.web.clinic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The visit-log templates: the header and one example row with the clinic's own first
 * therapist and payer (replace it with your visits).
 */
final class VisitLogTemplate {

	private VisitLogTemplate() {
	}

	static List<String> header() {
		List<String> header = new ArrayList<>();
		for (VisitLogColumn column : VisitLogColumn.values()) {
			header.add(column.header());
		}
		return header;
	}

	static List<String> example(List<Therapist> therapists, List<Payer> payers) {
		String therapist = therapists.isEmpty() ? "Your therapist" : therapists.get(0).name();
		String payer = payers.isEmpty() ? "Your payer" : payers.get(0).name();
		return List.of("2026-03-02", "PT-0001", therapist, payer, "97110", "23", "GP", "lumbar", "2");
	}

	static String csv(List<Therapist> therapists, List<Payer> payers) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header());
			printer.printRecord(ClinicExports.safeCells(example(therapists, payers)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static void xlsx(List<Therapist> therapists, List<Payer> payers, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("visits");
			write(sheet.createRow(0), header());
			write(sheet.createRow(1), example(therapists, payers));
			for (int i = 0; i < VisitLogColumn.values().length; i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			workbook.write(out);
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
	}

}
