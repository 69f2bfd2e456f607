package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tactus.reports.oews.TestWorkbooks.header;
import static io.tactus.reports.oews.TestWorkbooks.row;
import static io.tactus.reports.oews.TestWorkbooks.sheet;
import static io.tactus.reports.oews.TestWorkbooks.stateRow;
import static io.tactus.reports.oews.TestWorkbooks.worksheet;
import static io.tactus.reports.oews.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

class OewsReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsStateWorkbookRowIntoWageRow() throws Exception {
		Path file = xlsx(this.dir, "state_M2025_dl.xlsx", sheet("state_M2025_dl", header(), stateRow()));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "state_M2025_dl.xlsx", rows);

		assertThat(report.isAccepted()).isTrue();
		assertThat(report.findings()).isEmpty();
		assertThat(report.sheetName()).isEqualTo("state_M2025_dl");
		assertThat(report.surveyYear()).hasValue(2025);
		assertThat(report.columns()).hasSize(32);
		assertThat(report.headerRow()).isEqualTo(1);
		assertThat(report.format()).isEqualTo(ReadReport.SourceFormat.XLSX);
		assertThat(report.rowsRead()).isEqualTo(1);
		assertThat(report.rowsAccepted()).isEqualTo(1);
		WageRow row = rows.rows.get(0);
		assertThat(row.sourceRow()).isEqualTo(2);
		assertThat(row.areaCode()).isEqualTo("02");
		assertThat(row.areaType()).isEqualTo(2);
		assertThat(row.primState()).isEqualTo("AK");
		assertThat(row.ownershipCode()).isEqualTo("1235");
		assertThat(row.isStateTotal()).isTrue();
		assertThat(row.annual().median()).isEqualTo(Figure.of(134930));
		assertThat(row.hourlyMean()).isEqualTo(Figure.of(48.40));
		assertThat(row.employment()).isEqualTo(Figure.of(570));
		assertThat(row.percentOfIndustry()).isEqualTo(Figure.blank());
	}

	@Test
	void findsDataSheetByItsHeaderNotItsNameOrPosition() throws Exception {
		Path file = xlsx(this.dir, "upload.xlsx",
				sheet("Field Descriptions", row("Field", "Field Description"),
						row("area", "U.S. (99), state FIPS code"), row("occ_code", "The 6-digit SOC code")),
				sheet("Sheet2", row("Occupational Employment and Wage Estimates"), row(), header(), stateRow()),
				sheet("UpdateTime", row("Updated", "2025-04-01")));

		ReadReport report = OewsReader.read(file, "upload.xlsx", new TestWorkbooks.Collected());

		assertThat(report.sheetName()).isEqualTo("Sheet2");
		assertThat(report.headerRow()).isEqualTo(3);
		assertThat(report.rowsAccepted()).isEqualTo(1);
		assertThat(report.findings()).isEmpty();
	}

	@Test
	void readsLowerCaseHeadersAndOlderColumnNames() throws Exception {
		Path file = xlsx(this.dir, "all_data_M_2016.xlsx",
				sheet("All May 2016 Data",
						row("area", "area_title", "area_type", "naics", "naics_title", "own_code", "occ code",
								"occ title", "group", "tot_emp", "emp_prse", "jobs_1000_orig", "loc_q", "pct_tot",
								"h_mean", "a_mean", "mean_prse", "h_median", "a_median"),
						row("02", "Alaska", 2, "000000", "Cross-industry", 1235, "31-9011", "Massage Therapists",
								"detailed", 270, 25.3, 0.82, 1.6, null, 30.5, 63440, 8.8, 28.9, 60110)));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "all_data_M_2016.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(report.columns()).containsEntry(OewsColumn.OCC_CODE, "occ code")
			.containsEntry(OewsColumn.O_GROUP, "group")
			.containsEntry(OewsColumn.JOBS_1000, "jobs_1000_orig")
			.containsEntry(OewsColumn.LOC_QUOTIENT, "loc_q")
			.containsEntry(OewsColumn.PCT_TOTAL, "pct_tot")
			.doesNotContainKey(OewsColumn.PRIM_STATE);
		assertThat(report.surveyYear()).hasValue(2016);
		WageRow row = rows.rows.get(0);
		assertThat(row.occupationGroup()).isEqualTo("detailed");
		assertThat(row.jobsPer1000()).isEqualTo(Figure.of(0.82));
		assertThat(row.locationQuotient()).isEqualTo(Figure.of(1.6));
		assertThat(row.primState()).as("derived from the state FIPS code").isEqualTo("AK");
		assertThat(row.annual().median()).isEqualTo(Figure.of(60110));
	}

	@Test
	void readsMay2018StateFileHeaders() throws Exception {
		Path file = xlsx(this.dir, "state_M2018_dl.xlsx",
				sheet("state_dl",
						row("AREA", "ST", "STATE", "OCC_CODE", "OCC_TITLE", "OCC_GROUP", "TOT_EMP", "LOC_Q", "A_MEAN"),
						row("15", "HI", "Hawaii", "31-9011", "Massage Therapists", "detailed", 1510, 3.56, 59770)));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "state_M2018_dl.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		WageRow row = rows.rows.get(0);
		assertThat(row.primState()).isEqualTo("HI");
		assertThat(row.areaTitle()).isEqualTo("Hawaii");
		assertThat(row.occupationGroup()).isEqualTo("detailed");
		assertThat(row.areaType()).as("derived: Hawaii is a state").isEqualTo(2);
		assertThat(row.naics()).isEqualTo(WageRow.CROSS_INDUSTRY);
		assertThat(row.ownershipCode()).isEqualTo(WageRow.ALL_OWNERSHIPS);
		assertThat(report.surveyYear()).hasValue(2018);
	}

	@Test
	void padsAreaAndNaicsStoredAsNumbers() throws Exception {
		Path file = xlsx(this.dir, "state.xlsx",
				sheet("Data", header(),
						stateRow(OewsColumn.AREA, 1, OewsColumn.AREA_TITLE, "Alabama", OewsColumn.PRIM_STATE, "AL",
								OewsColumn.NAICS, 0),
						stateRow(OewsColumn.AREA, 100001, OewsColumn.AREA_TYPE, 6, OewsColumn.AREA_TITLE,
								"Northwest Alabama nonmetropolitan area", OewsColumn.PRIM_STATE, "AL")));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "state.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(rows.rows).extracting(WageRow::areaCode).containsExactly("01", "0100001");
		assertThat(rows.rows.get(0).naics()).isEqualTo("000000");
	}

	@Test
	void readsNumbersStoredAsTextWithThousandsSeparators() throws Exception {
		Path file = xlsx(this.dir, "state.xlsx", sheet("Data", header(),
				stateRow(OewsColumn.TOT_EMP, "1,230", OewsColumn.A_MEAN, " 100,670 ", OewsColumn.H_MEAN, "48.40")));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "state.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(rows.rows.get(0).employment()).isEqualTo(Figure.of(1230));
		assertThat(rows.rows.get(0).annualMean()).isEqualTo(Figure.of(100670));
		assertThat(rows.rows.get(0).hourlyMean()).isEqualTo(Figure.of(48.4));
	}

	@Test
	void turnsBlsMarkersIntoFigureStatesNeverNumbers() throws Exception {
		Path file = xlsx(this.dir, "state.xlsx",
				sheet("Data", header(),
						stateRow(OewsColumn.TOT_EMP, "**", OewsColumn.H_MEAN, "*", OewsColumn.A_MEAN, "*",
								OewsColumn.A_PCT90, "#", OewsColumn.H_PCT90, "#", OewsColumn.PCT_RPT, "~",
								OewsColumn.JOBS_1000, null)));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "state.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		WageRow row = rows.rows.get(0);
		assertThat(row.employment().state()).isEqualTo(FigureState.EMPLOYMENT_NOT_AVAILABLE);
		assertThat(row.hourlyMean().state()).isEqualTo(FigureState.WAGE_NOT_AVAILABLE);
		assertThat(row.annual().p90().state()).isEqualTo(FigureState.TOP_CODED);
		assertThat(row.percentReporting().state()).isEqualTo(FigureState.UNDER_HALF_PERCENT);
		assertThat(row.jobsPer1000().state()).isEqualTo(FigureState.BLANK);
		assertThat(row.employment().value()).isEmpty();
	}

	@Test
	void readsInlineStringsBooleansAndCachedFormulaValuesWithoutEvaluating() throws Exception {
		String sheetData = "<row r=\"1\">" + cellsOf("AREA", "OCC_CODE", "A_MEAN", "A_MEDIAN", "ANNUAL") + "</row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>0</t><r><t>2</t></r></is></c>"
				+ "<c r=\"B2\" t=\"str\"><f>\"31-\"&amp;\"9011\"</f><v>31-9011</v></c>"
				+ "<c r=\"C2\"><f>1+1</f><v>100670</v></c><c r=\"D2\"><f>C2*2</f></c>"
				+ "<c r=\"E2\" t=\"b\"><v>1</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "raw.xlsx", "All May 2023 data", worksheet(sheetData), null);
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "raw.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		WageRow row = rows.rows.get(0);
		assertThat(row.areaCode()).isEqualTo("02");
		assertThat(row.occupationCode()).isEqualTo("31-9011");
		assertThat(row.annualMean()).isEqualTo(Figure.of(100670));
		assertThat(row.annual().median()).as("a formula without a cached value is blank").isEqualTo(Figure.blank());
		assertThat(row.annualOnly()).isTrue();
		assertThat(report.surveyYear()).hasValue(2023);
	}

	@Test
	void skipsMissingCellsByTheirReference() throws Exception {
		String sheetData = "<row r=\"1\">" + cellsOf("AREA", "OCC_CODE", "H_MEAN", "A_MEAN") + "</row>"
				+ "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>99</t></is></c>"
				+ "<c r=\"B5\" t=\"inlineStr\"><is><t>31-9011</t></is></c><c r=\"D5\"><v>63830</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "raw.xlsx", "Data", worksheet(sheetData), null);
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		OewsReader.read(file, "raw.xlsx", rows);

		WageRow row = rows.rows.get(0);
		assertThat(row.sourceRow()).isEqualTo(5);
		assertThat(row.hourlyMean()).isEqualTo(Figure.blank());
		assertThat(row.annualMean()).isEqualTo(Figure.of(63830));
		assertThat(row.isNationalTotal()).isTrue();
		assertThat(row.primState()).isEqualTo("US");
	}

	@Test
	void readsSharedStringsOfAWorkbookWrittenPartByPart() throws Exception {
		String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + TestWorkbooks.MAIN_NS
				+ "\" count=\"4\" uniqueCount=\"4\"><si><t>AREA</t></si><si><t>OCC_CODE</t></si>"
				+ "<si><t>A_MEAN</t></si><si><t>31-9011</t></si></sst>";
		String sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
				+ "<c r=\"C1\" t=\"s\"><v>2</v></c></row><row r=\"2\"><c r=\"A2\"><v>6</v></c>"
				+ "<c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>56680</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "raw.xlsx", "Data", worksheet(sheetData), strings);
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "raw.xlsx", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(rows.rows.get(0).areaCode()).isEqualTo("06");
		assertThat(rows.rows.get(0).occupationCode()).isEqualTo("31-9011");
	}

	@Test
	void reportsProgressWithTheRowCountTheSheetAnnounces() throws Exception {
		StringBuilder sheetData = new StringBuilder("<row r=\"1\">" + cellsOf("AREA", "OCC_CODE", "A_MEAN") + "</row>");
		int rows = 2500;
		for (int r = 2; r <= rows + 1; r++) {
			sheetData.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"A")
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>99</t></is></c><c r=\"B")
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>")
				.append(String.format("%02d-%04d", 11 + r % 40, r))
				.append("</t></is></c><c r=\"C")
				.append(r)
				.append("\"><v>50000</v></c></row>");
		}
		String xml = worksheet(sheetData.toString()).replace("<sheetData>",
				"<dimension ref=\"A1:C" + (rows + 1) + "\"/><sheetData>");
		Path file = TestWorkbooks.rawXlsx(this.dir, "raw.xlsx", "Data", xml, null);
		List<Long> progress = new ArrayList<>();
		List<OptionalLong> expected = new ArrayList<>();

		ReadReport report = OewsReader.read(file, "raw.xlsx", new RowSink() {

			@Override
			public void accept(WageRow row) {
			}

			@Override
			public void progress(long rowsRead, OptionalLong expectedRows) {
				progress.add(rowsRead);
				expected.add(expectedRows);
			}

		});

		assertThat(report.rowsAccepted()).isEqualTo(rows);
		assertThat(progress).containsExactly(1000L, 2000L, 2500L);
		assertThat(expected).containsOnly(OptionalLong.of(rows));
	}

	@Test
	void readsAnInputStreamLikeTheFile() throws Exception {
		Path file = xlsx(this.dir, "state_M2024_dl.xlsx", sheet("state_M2024_dl", header(), stateRow()));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report;
		try (InputStream in = Files.newInputStream(file)) {
			report = OewsReader.read(in, "state_M2024_dl.xlsx", rows);
		}

		assertThat(report.isAccepted()).isTrue();
		assertThat(rows.rows).hasSize(1);
	}

	@Test
	void readsCsvWithByteOrderMarkAndKeepsLeadingZeros() throws Exception {
		Path file = this.dir.resolve("oews-2023.csv");
		Files.writeString(file, "\uFEFFAREA,AREA_TITLE,OCC_CODE,H_MEAN,A_MEAN\n02,Alaska,31-9011,48.40,\"100,670\"\n"
				+ "10,Delaware,31-9011,*,*\n");
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "oews-2023.csv", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(report.format()).isEqualTo(ReadReport.SourceFormat.CSV);
		assertThat(report.sheetName()).isEmpty();
		assertThat(report.surveyYear()).hasValue(2023);
		assertThat(rows.rows).extracting(WageRow::areaCode).containsExactly("02", "10");
		assertThat(rows.rows.get(0).sourceRow()).isEqualTo(2);
		assertThat(rows.rows.get(0).annualMean()).isEqualTo(Figure.of(100670));
		assertThat(rows.rows.get(1).hourlyMean().state()).isEqualTo(FigureState.WAGE_NOT_AVAILABLE);
	}

	@Test
	void readsCsvSavedByExcelInWindows1252() throws Exception {
		Path file = this.dir.resolve("msa.csv");
		Files.write(file,
				("AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,A_MEAN\n"
						+ "15860,\"Ca\u00f1on City, CO\",4,CO,31-9011,52410\n")
					.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "msa.csv", rows);

		assertThat(report.findings()).isEmpty();
		assertThat(rows.rows.get(0).areaTitle()).isEqualTo("Ca\u00f1on City, CO");
		assertThat(rows.rows.get(0).areaType()).isEqualTo(4);
	}

	@Test
	void passesSinkFailuresThroughUnchanged() throws IOException {
		Path file = xlsx(this.dir, "state.xlsx", sheet("Data", header(), stateRow()));
		IllegalStateException failure = new IllegalStateException("database down");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> OewsReader.read(file, "state.xlsx", (row) -> {
			throw failure;
		})).isSameAs(failure);
	}

	static String cellsOf(String... texts) {
		StringBuilder cells = new StringBuilder();
		for (String text : texts) {
			cells.append("<c t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
		}
		return cells.toString();
	}

}
