package io.tactus.reports.oews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OewsWorkbookGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void writesStateWorkbookThatReadsWithoutFindings() throws Exception {
		OewsWorkbookGenerator generator = OewsWorkbookGenerator.rows(5000).year(2023);
		Path file = this.dir.resolve(generator.fileName("xlsx"));
		generator.writeXlsx(file);
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, file.getFileName().toString(), rows);

		assertThat(report.findings()).isEmpty();
		assertThat(report.sheetName()).isEqualTo("state_M2023_dl");
		assertThat(report.surveyYear()).hasValue(2023);
		assertThat(report.columns()).hasSize(32);
		assertThat(report.rowsAccepted()).isEqualTo(5000);
		assertThat(rows.rows).allMatch(WageRow::isStateTotal);
		Map<FigureState, Integer> states = states(rows.rows);
		int figures = states.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(states.get(FigureState.EMPLOYMENT_NOT_AVAILABLE)).isPositive();
		assertThat(states.get(FigureState.WAGE_NOT_AVAILABLE)).isPositive();
		assertThat(states.get(FigureState.UNDER_HALF_PERCENT)).isPositive();
		assertThat(states.get(FigureState.TOP_CODED)).isPositive();
		assertThat(states.get(FigureState.KNOWN)).isGreaterThan(figures * 9 / 10);
	}

	@Test
	void writesAllDataWorkbookWithSharedStringsAndAFieldSheet() throws Exception {
		OewsWorkbookGenerator generator = OewsWorkbookGenerator.rows(60_000)
			.layout(OewsWorkbookGenerator.Layout.ALL_DATA)
			.seed(7);
		Path file = this.dir.resolve(generator.fileName("xlsx"));
		generator.writeXlsx(file);
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "all_data_M_2024.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(report.sheetName()).isEqualTo("All May 2024 data");
		assertThat(report.rowsAccepted()).isEqualTo(60_000);
		assertThat(rows.rows).extracting(WageRow::areaType).contains(1, 2, 3, 4, 6);
		assertThat(rows.rows).filteredOn((row) -> !row.naics().equals(WageRow.CROSS_INDUSTRY)).isNotEmpty();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertThat(zip.getEntry("xl/sharedStrings.xml")).isNotNull();
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			assertThat(new String(zip.getInputStream(sheet).readNBytes(200_000))).contains("t=\"s\"");
			assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
		}
	}

	@Test
	void writesTheSameRowsAsCsv() throws Exception {
		OewsWorkbookGenerator generator = OewsWorkbookGenerator.rows(2000).seed(11);
		Path xlsx = this.dir.resolve("state_M2024_dl.xlsx");
		Path csv = this.dir.resolve("state_M2024_dl.csv");
		generator.writeXlsx(xlsx);
		generator.writeCsv(csv);
		TestWorkbooks.Collected fromXlsx = new TestWorkbooks.Collected();
		TestWorkbooks.Collected fromCsv = new TestWorkbooks.Collected();

		OewsReader.read(xlsx, "state_M2024_dl.xlsx", fromXlsx);
		ReadReport report = OewsReader.read(csv, "state_M2024_dl.csv", fromCsv);

		assertThat(report.findings()).isEmpty();
		assertThat(fromCsv.rows).hasSize(2000).isEqualTo(fromXlsx.rows);
	}

	@Test
	void writesAWorkbookThatPoiOpensAsAWhole() throws Exception {
		Path file = this.dir.resolve("state_M2024_dl.xlsx");
		OewsWorkbookGenerator.rows(120).writeXlsx(file);

		try (java.io.InputStream in = Files.newInputStream(file);
				org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
						in)) {
			org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("state_M2024_dl");
			assertThat(sheet.getLastRowNum()).isEqualTo(120);
			assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("OCC_CODE");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("01");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
		}
	}

	@Test
	void writesFromTheCommandLine() throws Exception {
		Path file = this.dir.resolve("all.csv");

		OewsWorkbookGenerator.main(new String[] { "300", file.toString(), "all-data", "2022", "3" });

		List<String> lines = Files.readAllLines(file);
		assertThat(lines).hasSize(301);
		assertThat(lines.get(0)).startsWith("AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS");
	}

	private static Map<FigureState, Integer> states(List<WageRow> rows) {
		Map<FigureState, Integer> states = new EnumMap<>(FigureState.class);
		for (WageRow row : rows) {
			for (Figure figure : List.of(row.employment(), row.employmentRse(), row.jobsPer1000(),
					row.locationQuotient(), row.percentReporting(), row.hourlyMean(), row.annualMean(),
					row.meanRse())) {
				states.merge(figure.state(), 1, Integer::sum);
			}
			for (Figure figure : row.hourly().asList()) {
				states.merge(figure.state(), 1, Integer::sum);
			}
			for (Figure figure : row.annual().asList()) {
				states.merge(figure.state(), 1, Integer::sum);
			}
		}
		return states;
	}

}
