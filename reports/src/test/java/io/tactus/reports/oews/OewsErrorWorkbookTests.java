package io.tactus.reports.oews;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tactus.reports.oews.TestWorkbooks.header;
import static io.tactus.reports.oews.TestWorkbooks.row;
import static io.tactus.reports.oews.TestWorkbooks.sheet;
import static io.tactus.reports.oews.TestWorkbooks.stateRow;
import static io.tactus.reports.oews.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

class OewsErrorWorkbookTests {

	@TempDir
	Path dir;

	private Path errors(Path upload, String fileName) throws Exception {
		Path target = this.dir.resolve("errors.xlsx");
		try (OutputStream out = Files.newOutputStream(target)) {
			OewsErrorWorkbook.write(upload, fileName, out);
		}
		return target;
	}

	@Test
	void copiesEveryRowAndListsEachRowsProblems() throws Exception {
		Path upload = xlsx(this.dir, "state_M2024_dl.xlsx",
				sheet("state_M2024_dl", header(), stateRow(),
						stateRow(OewsColumn.OCC_CODE, "319011", OewsColumn.TOT_EMP, "n/a"),
						stateRow(OewsColumn.OCC_CODE, "31-9091", OewsColumn.H_MEAN, 40.0)));

		Path errors = errors(upload, "state_M2024_dl.xlsx");

		try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet data = workbook.getSheet("state_M2024_dl");
			DataFormatter formatter = new DataFormatter();
			assertThat(data.getLastRowNum()).isEqualTo(3);
			assertThat(data.getRow(0).getCell(32).getStringCellValue()).isEqualTo(OewsErrorWorkbook.PROBLEMS);
			assertThat(data.getRow(1).getCell(32)).isNull();
			assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("02");
			assertThat(data.getRow(1).getCell(OewsColumn.A_MEDIAN.ordinal()).getNumericCellValue()).isEqualTo(134930);
			String problems = data.getRow(2).getCell(32).getStringCellValue();
			assertThat(problems).contains("ERROR: OCC_CODE \"319011\"").contains("ERROR: TOT_EMP \"n/a\"");
			assertThat(formatter.formatCellValue(data.getRow(3).getCell(32))).startsWith("WARNING: A_MEAN");
			XSSFSheet summary = workbook.getSheet(OewsErrorWorkbook.SUMMARY_SHEET);
			assertThat(summary.getRow(3).getCell(1).getStringCellValue()).startsWith("Rejected");
		}
	}

	@Test
	void readsBackWithTheSameFindingsAndIgnoresTheProblemsColumn() throws Exception {
		Path upload = xlsx(this.dir, "state_M2024_dl.xlsx",
				sheet("state_M2024_dl", header(), stateRow(), stateRow(OewsColumn.AREA, "2A")));
		ReadReport first = OewsReader.read(upload, "state_M2024_dl.xlsx", (row) -> {
		});

		Path errors = errors(upload, "state_M2024_dl.xlsx");
		ReadReport again = OewsReader.read(errors, "errors.xlsx", (row) -> {
		});

		assertThat(again.findings()).isEqualTo(first.findings());
		assertThat(again.ignoredColumns()).containsExactly(OewsErrorWorkbook.PROBLEMS);
		assertThat(again.surveyYear()).hasValue(2024);
	}

	@Test
	void namesMissingColumnsOnTheSummarySheet() throws Exception {
		Path upload = this.dir.resolve("oews-2025.csv");
		Files.writeString(upload, "AREA_TITLE,OCC_CODE,TOT_EMP,A_MEAN\nAlaska,31-9011,570,100670\n");

		Path errors = errors(upload, "oews-2025.csv");

		try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet data = workbook.getSheet("All May 2025 data");
			assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Alaska");
			assertThat(data.getRow(1).getCell(1).getStringCellValue()).isEqualTo("31-9011");
			assertThat(data.getRow(1).getCell(3).getNumericCellValue()).as("a number again").isEqualTo(100670);
			XSSFSheet summary = workbook.getSheet(OewsErrorWorkbook.SUMMARY_SHEET);
			StringBuilder text = new StringBuilder();
			summary.forEach((line) -> line.forEach((cell) -> text.append(cell.getStringCellValue()).append('\n')));
			assertThat(text).contains("Column AREA is missing");
		}
	}

	@Test
	void writesFromAnUploadedStream() throws Exception {
		Path upload = xlsx(this.dir, "state_M2024_dl.xlsx", sheet("state_M2024_dl", header(), stateRow()));
		Path target = this.dir.resolve("errors.xlsx");

		ReadReport report;
		try (InputStream in = Files.newInputStream(upload); OutputStream out = Files.newOutputStream(target)) {
			report = OewsErrorWorkbook.write(in, "state_M2024_dl.xlsx", out);
		}

		assertThat(report.isAccepted()).isTrue();
		assertThat(OewsReader.read(target, "errors.xlsx", (row) -> {
		}).rowsAccepted()).isEqualTo(1);
	}

	@Test
	void writesASummaryEvenWhenNoSheetHasOewsData() throws Exception {
		Path upload = xlsx(this.dir, "budget.xlsx", sheet("Budget", row("Item", "Cost"), row("Rent", 1200)));

		Path errors = errors(upload, "budget.xlsx");

		try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(OewsErrorWorkbook.SUMMARY_SHEET);
		}
	}

}
