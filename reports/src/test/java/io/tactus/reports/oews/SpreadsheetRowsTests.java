package io.tactus.reports.oews;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetRowsTests {

	@TempDir
	Path dir;

	@Test
	void streamsTheFirstSheetWithRawNumbersTextAndDates() throws Exception {
		Path file = this.dir.resolve("visits.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet("visits");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("date");
			header.createCell(1).setCellValue("minutes");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue(LocalDate.of(2026, 3, 2));
			row.getCell(0).setCellStyle(date);
			row.createCell(1).setCellValue(23);
			workbook.createSheet("other").createRow(0).createCell(0).setCellValue("never read");
			workbook.write(out);
		}
		List<String> seen = new ArrayList<>();

		SpreadsheetRows.readFirstSheet(file, "visits.xlsx", (row) -> {
			seen.add(row.number() + ":" + row.text(0) + "|" + row.date(0).map(LocalDate::toString).orElse("-") + "|"
					+ row.text(1) + "|" + row.isNumber(1) + "|" + row.date(1).isPresent());
			return true;
		});

		assertThat(seen).containsExactly("1:date|-|minutes|false|false", "3:46083.0|2026-03-02|23.0|true|false");
	}

	@Test
	void stopsWhenTheHandlerSaysSo() throws Exception {
		Path file = this.dir.resolve("visits.csv");
		Files.writeString(file, "a\nb\nc\n");
		List<String> seen = new ArrayList<>();

		SpreadsheetRows.readCsv(file, "visits.csv", (row) -> {
			seen.add(row.text(0));
			return seen.size() < 2;
		});

		assertThat(seen).containsExactly("a", "b");
	}

}
