package io.tactus.web.clinic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.tactus.core.billing.LinePayment;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.money.Money;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.FindingCount;
import io.tactus.core.summary.PayerRow;
import io.tactus.core.summary.SummaryRow;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Summary and visit-line exports as CSV and XLSX. Text cells that a spreadsheet would
 * read as a formula (starting with = + - @, tab or carriage return) get a leading
 * apostrophe; numbers are written as numbers.
 */
final class ClinicExports {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	static final List<String> SUMMARY_HEADER = List.of("section", "key", "visits", "units", "units_per_visit",
			"revenue", "rule", "cms_units", "ama_units", "cms_revenue", "ama_revenue");

	static final List<String> LINE_HEADER = List.of("visit_id", "date", "patient_ref", "therapist", "payer", "code",
			"minutes", "modifiers", "body_region", "billed_units", "rule", "cms_units", "ama_units",
			"expected_payment");

	/**
	 * The visit list's export: the line columns, then the visit's columns as the list
	 * shows them (codes, units under the payer's rule, findings, expected payment).
	 */
	static final List<String> VISIT_LINE_HEADER = Stream
		.concat(LINE_HEADER.stream(),
				Stream.of("visit_codes", "visit_units", "visit_findings", "visit_expected_payment",
						"visit_payment_complete"))
		.toList();

	private ClinicExports() {
	}

	static String safe(String value) {
		if (value.isEmpty() || NUMBER.matcher(value).matches()) {
			return value;
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	static List<String> safeCells(List<String> cells) {
		return cells.stream().map(ClinicExports::safe).toList();
	}

	static List<List<Object>> summaryRows(ClinicSummary summary) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("total", summary.total()));
		summary.byCode().forEach((r) -> rows.add(row("code", r)));
		summary.byTherapist().forEach((r) -> rows.add(row("therapist", r)));
		summary.series().forEach((r) -> rows.add(row("period", r)));
		for (PayerRow p : summary.byPayer()) {
			rows.add(List.of("payer", p.payer(), p.visits(), "", "", p.appliedRevenue(), p.rule().name(), p.cmsUnits(),
					p.amaUnits(), p.cmsRevenue(), p.amaRevenue()));
		}
		for (FindingCount f : summary.findings()) {
			rows.add(List.of("finding", f.kind().name(), (long) f.visitIds().size() + f.moreVisits(), f.count(), "", "",
					f.worst().name(), "", "", "", ""));
		}
		rows.add(List.of("overbilled", "units", summary.gaps().overVisits(), summary.gaps().overUnits(), "",
				summary.gaps().overDollars(), "", "", "", "", ""));
		rows.add(List.of("underbilled", "units", summary.gaps().underVisits(), summary.gaps().underUnits(), "",
				summary.gaps().underDollars(), "", "", "", "", ""));
		return rows;
	}

	private static List<Object> row(String section, SummaryRow r) {
		return List.of(section, r.key(), r.visits(), r.units(), r.unitsPerVisit(), r.revenue(), "", "", "", "", "");
	}

	static List<List<Object>> lineRows(StoredVisit visit, ClinicBilling.Evaluated evaluated) {
		List<List<Object>> rows = new ArrayList<>();
		VisitEvaluation applied = evaluated.payers();
		for (ServiceLine line : visit.lines()) {
			Object payment = applied.payment()
				.line(line.code())
				.flatMap(LinePayment::amount)
				.map((amount) -> (Object) amount)
				.orElse("");
			rows.add(List.of(visit.id(), visit.date().toString(), visit.patientRef(), visit.therapist().name(),
					visit.payer().name(), line.code(),
					line.minutes().isPresent() ? (Object) line.minutes().getAsInt() : "",
					String.join(" ", line.modifiers().stream().sorted().toList()), line.bodyRegion().orElse(""),
					line.billedUnits().isPresent() ? (Object) line.billedUnits().getAsInt() : "",
					evaluated.applied().name(), evaluated.cms().appliedUnits().unitsFor(line.code()).orElse(0),
					evaluated.ama().appliedUnits().unitsFor(line.code()).orElse(0), payment));
		}
		return rows;
	}

	/**
	 * The rows of {@link #VISIT_LINE_HEADER}: each line of the visit with the visit's
	 * list columns.
	 */
	static List<List<Object>> visitLineRows(VisitRow row) {
		List<List<Object>> rows = new ArrayList<>();
		ClinicBilling.Evaluated evaluated = row.evaluated().orElseThrow();
		for (List<Object> line : lineRows(row.visit(), evaluated)) {
			List<Object> cells = new ArrayList<>(line);
			cells.add(row.visit().codes());
			cells.add(row.units());
			cells.add(row.findings());
			cells.add(row.payment().knownTotal());
			cells.add(row.payment().complete() ? "yes" : "no");
			rows.add(cells);
		}
		return rows;
	}

	static void csv(Writer out, List<String> header, Consumer<Consumer<List<Object>>> rows) throws IOException {
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header);
			IOException[] failure = new IOException[1];
			rows.accept((row) -> {
				if (failure[0] != null) {
					return;
				}
				try {
					printer.printRecord(row.stream().map(ClinicExports::csvCell).toList());
				}
				catch (IOException ex) {
					failure[0] = ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
		}
	}

	/** Amounts go out as plain numbers with cents, as before {@link Money} owned them. */
	private static Object plain(Object value) {
		return (value instanceof Money money) ? money.amount() : value;
	}

	private static String csvCell(Object cell) {
		Object value = plain(cell);
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return safe(String.valueOf(value));
	}

	static void xlsx(OutputStream out, String sheetName, List<String> header, Consumer<Consumer<List<Object>>> rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet sheet = workbook.createSheet(sheetName);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			int[] next = { 1 };
			rows.accept((values) -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < values.size(); i++) {
					Object value = plain(values.get(i));
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (!String.valueOf(value).isEmpty()) {
						row.createCell(i).setCellValue(safe(String.valueOf(value)));
					}
				}
			});
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

}
