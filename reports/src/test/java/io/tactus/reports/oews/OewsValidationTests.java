package io.tactus.reports.oews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tactus.reports.oews.TestWorkbooks.header;
import static io.tactus.reports.oews.TestWorkbooks.row;
import static io.tactus.reports.oews.TestWorkbooks.sheet;
import static io.tactus.reports.oews.TestWorkbooks.stateRow;
import static io.tactus.reports.oews.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

class OewsValidationTests {

	@TempDir
	Path dir;

	private final TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

	private ReadReport read(List<Object>... rows) throws Exception {
		Path file = xlsx(this.dir, "upload.xlsx", sheet("Data", rows));
		return OewsReader.read(file, "upload.xlsx", this.rows);
	}

	private ReadReport readState(List<Object>... dataRows) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(header());
		all.addAll(List.of(dataRows));
		Path file = xlsx(this.dir, "upload.xlsx", new TestWorkbooks.Sheet("Data", all));
		return OewsReader.read(file, "upload.xlsx", this.rows);
	}

	@Test
	void namesEachMissingRequiredColumn() throws Exception {
		ReadReport report = read(row("AREA_TITLE", "OCC_CODE", "OCC_TITLE", "TOT_EMP"),
				row("Alaska", "31-9011", "Massage Therapists", 570));

		assertThat(report.isAccepted()).isFalse();
		assertThat(report.findings()).extracting(Finding::kind).containsOnly(FindingKind.MISSING_COLUMN);
		assertThat(report.findings()).extracting(Finding::column).containsExactly("AREA", "H_MEAN");
		assertThat(report.findings().get(1).message()).contains("A_MEDIAN");
		assertThat(report.rowsRead()).isEqualTo(1);
		assertThat(report.rowsRejected()).isEqualTo(1);
		assertThat(this.rows.rows).isEmpty();
	}

	@Test
	void reportsMissingOccupationCodeWhenNoSheetHasAnOewsHeader() throws Exception {
		ReadReport report = read(row("State", "Median"), row("Alaska", 134930));

		assertThat(report.isAccepted()).isFalse();
		assertThat(report.sheetName()).isEmpty();
		assertThat(report.findings()).extracting(Finding::column).contains("AREA", "OCC_CODE", "H_MEAN");
		assertThat(report.findings()).allMatch(Finding::isFileLevel);
		assertThat(report.findings()).filteredOn((finding) -> finding.column().equals("OCC_CODE"))
			.first()
			.extracting(Finding::message)
			.asString()
			.contains("\"Data\"");
	}

	@Test
	void rejectsHeaderWithoutDataRows() throws Exception {
		ReadReport report = readState();

		assertThat(report.isAccepted()).isFalse();
		assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.NO_DATA_ROWS);
	}

	@Test
	void rejectsMalformedCodesAndStates() throws Exception {
		ReadReport report = readState(stateRow(OewsColumn.OCC_CODE, "319011"),
				stateRow(OewsColumn.AREA, "2A", OewsColumn.OCC_CODE, "31-9012"),
				stateRow(OewsColumn.AREA, "03", OewsColumn.OCC_CODE, "31-9013"),
				stateRow(OewsColumn.AREA, "72", OewsColumn.OCC_CODE, "31-9014"),
				stateRow(OewsColumn.PRIM_STATE, "XX", OewsColumn.OCC_CODE, "31-9015"),
				stateRow(OewsColumn.AREA_TYPE, 5, OewsColumn.OCC_CODE, "31-9016"), stateRow(OewsColumn.AREA, "99",
						OewsColumn.AREA_TYPE, 1, OewsColumn.PRIM_STATE, "US", OewsColumn.OCC_CODE, "31-9017"));

		assertThat(report.findings()).extracting(Finding::kind, Finding::row, Finding::column, Finding::value)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(FindingKind.MALFORMED_OCCUPATION_CODE, 2, "OCC_CODE", "319011"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.MALFORMED_AREA_CODE, 3, "AREA", "2A"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.MALFORMED_AREA_CODE, 4, "AREA", "03"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.MALFORMED_AREA_CODE, 5, "AREA", "72"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.UNKNOWN_STATE, 6, "PRIM_STATE", "XX"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.MALFORMED_AREA_TYPE, 7, "AREA_TYPE", "5"));
		assertThat(report.findings().get(3).message()).contains("Puerto Rico is a territory");
		assertThat(report.rowsRejected()).isEqualTo(6);
		assertThat(report.rowsAccepted()).isEqualTo(1);
		assertThat(this.rows.rows).extracting(WageRow::areaCode).containsExactly("99");
	}

	@Test
	void rejectsTextThatIsNeitherNumberNorMarker() throws Exception {
		ReadReport report = readState(stateRow(OewsColumn.TOT_EMP, "about 500", OewsColumn.A_MEAN, "1,00,670",
				OewsColumn.H_MEAN, "48,4", OewsColumn.EMP_PRSE, -1));

		assertThat(report.findings()).extracting(Finding::kind, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.UNPARSEABLE_NUMBER, "TOT_EMP"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.NEGATIVE_NUMBER, "EMP_PRSE"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.UNPARSEABLE_NUMBER, "H_MEAN"),
					org.assertj.core.groups.Tuple.tuple(FindingKind.UNPARSEABLE_NUMBER, "A_MEAN"));
		assertThat(report.isAccepted()).isFalse();
	}

	@Test
	void rejectsPercentilesOutOfOrderIgnoringAbsentFigures() throws Exception {
		ReadReport report = readState(
				stateRow(OewsColumn.A_PCT25, 30000, OewsColumn.H_PCT10, 16.41, OewsColumn.H_PCT25, 14.42),
				stateRow(OewsColumn.OCC_CODE, "31-9091", OewsColumn.A_PCT25, "#", OewsColumn.H_PCT25, "*"),
				stateRow(OewsColumn.OCC_CODE, "31-9092", OewsColumn.A_PCT10, 43480, OewsColumn.A_PCT25, 43480,
						OewsColumn.A_MEDIAN, 74960, OewsColumn.A_PCT75, 126150, OewsColumn.A_PCT90, 126150,
						OewsColumn.ANNUAL, "TRUE"));

		assertThat(report.findings()).extracting(Finding::kind, Finding::column, Finding::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.PERCENTILES_OUT_OF_ORDER, "H_PCT25", 2),
					org.assertj.core.groups.Tuple.tuple(FindingKind.PERCENTILES_OUT_OF_ORDER, "A_PCT25", 2));
		assertThat(report.findings().get(1).message())
			.isEqualTo("A_PCT25 (30000) is below A_PCT10 (34140); percentiles must rise from 10th to 90th.");
		assertThat(report.rowsAccepted()).isEqualTo(2);
	}

	@Test
	void warnsWhenHourlyTimes2080IsFarFromAnnual() throws Exception {
		ReadReport report = readState(
				stateRow(OewsColumn.H_MEAN, 40.00, OewsColumn.A_MEAN, 100670, OewsColumn.H_PCT10, 16.30),
				stateRow(OewsColumn.OCC_CODE, "25-2021", OewsColumn.H_MEAN, 40.00, OewsColumn.ANNUAL, "TRUE"),
				stateRow(OewsColumn.OCC_CODE, "27-2011", OewsColumn.H_MEAN, 40.00, OewsColumn.HOURLY, true),
				stateRow(OewsColumn.OCC_CODE, "31-9099", OewsColumn.H_MEAN, 40.00, OewsColumn.A_MEAN, "*"));

		assertThat(report.findings()).extracting(Finding::kind, Finding::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.HOURLY_ANNUAL_MISMATCH, 2));
		Finding warning = report.findings().get(0);
		assertThat(warning.severity()).isEqualTo(Finding.Severity.WARNING);
		assertThat(warning.message()).startsWith("H_MEAN × 2,080 = 83200 but A_MEAN is 100670 (17% apart)")
			.doesNotContain("H_PCT10");
		assertThat(report.isAccepted()).isTrue();
		assertThat(report.rowsAccepted()).isEqualTo(4);
		assertThat(report.rowsWarned()).isEqualTo(1);
	}

	@Test
	void rejectsSameKeyWithDifferentFigures() throws Exception {
		ReadReport report = readState(stateRow(), stateRow(OewsColumn.TOT_EMP, 580));

		assertThat(report.findings()).extracting(Finding::kind, Finding::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.DUPLICATE_KEY, 3));
		assertThat(report.findings().get(0).message()).contains("as row 2").contains("02, 31-9011, 000000, 1235");
		assertThat(report.isAccepted()).isFalse();
	}

	@Test
	void acceptsNationalCodesListedAsBroadAndDetailedWithTheSameFigures() throws Exception {
		List<Object> broad = stateRow(OewsColumn.AREA, "99", OewsColumn.AREA_TYPE, 1, OewsColumn.PRIM_STATE, "US",
				OewsColumn.OCC_CODE, "15-1252", OewsColumn.O_GROUP, "broad");
		List<Object> detailed = new ArrayList<>(broad);
		detailed.set(OewsColumn.O_GROUP.ordinal(), "detailed");

		ReadReport report = readState(broad, detailed);

		assertThat(report.findings()).isEmpty();
		assertThat(this.rows.rows).extracting(WageRow::occupationGroup).containsExactly("broad", "detailed");
	}

	@Test
	void leavesOutExactRepeatsWithAWarning() throws Exception {
		ReadReport report = readState(stateRow(), stateRow());

		assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.REPEATED_ROW);
		assertThat(report.isAccepted()).isTrue();
		assertThat(report.rowsAccepted()).isEqualTo(1);
		assertThat(report.rowsLeftOut()).isEqualTo(1);
		assertThat(this.rows.rows).hasSize(1);
	}

	@Test
	void leavesOutNoteRowsUnderTheTable() throws Exception {
		List<Object> note = new ArrayList<>(java.util.Collections.nCopies(32, null));
		note.set(1, "Footnotes: (1) Estimates for detailed occupations do not sum to the totals.");

		ReadReport report = readState(stateRow(), note);

		assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.ROW_WITHOUT_KEY);
		assertThat(report.isAccepted()).isTrue();
		assertThat(report.rowsLeftOut()).isEqualTo(1);
	}

	@Test
	void rejectsDataRowsThatLostTheirCodes() throws Exception {
		ReadReport report = readState(stateRow(OewsColumn.AREA, null, OewsColumn.OCC_CODE, null));

		assertThat(report.findings()).extracting(Finding::kind)
			.containsExactly(FindingKind.MALFORMED_AREA_CODE, FindingKind.MALFORMED_OCCUPATION_CODE);
		assertThat(report.rowsRejected()).isEqualTo(1);
	}

	@Test
	void warnsAboutTwoHeadersForTheSameColumnAndReadsTheFirst() throws Exception {
		ReadReport report = read(row("AREA", "OCC_CODE", "A_MEAN", "LOC_Q", "LOC_QUOTIENT"),
				row("02", "31-9011", 100670, 2.78, 9.99));

		assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.DUPLICATE_COLUMN);
		assertThat(this.rows.rows.get(0).locationQuotient()).isEqualTo(Figure.of(2.78));
		assertThat(report.isAccepted()).isTrue();
	}

	@Test
	void listsColumnsThatAreNotOews() throws Exception {
		ReadReport report = read(row("AREA", "OCC_CODE", "A_MEAN", "Problems", "Comment"),
				row("02", "31-9011", 100670, "", "checked"));

		assertThat(report.ignoredColumns()).containsExactly("Problems", "Comment");
		assertThat(report.findings()).isEmpty();
	}

	@Test
	void capsStoredFindingsPerKindButCountsAll() throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(header());
		int bad = OewsReader.FINDINGS_KEPT_PER_KIND + 50;
		for (int i = 0; i < bad; i++) {
			all.add(stateRow(OewsColumn.OCC_CODE, String.format("31-%04d", i), OewsColumn.TOT_EMP, "n/a",
					OewsColumn.H_MEAN, 45.0));
		}
		Path file = xlsx(this.dir, "upload.xlsx", new TestWorkbooks.Sheet("Data", all));

		ReadReport report = OewsReader.read(file, "upload.xlsx", this.rows);

		assertThat(report.count(FindingKind.UNPARSEABLE_NUMBER)).isEqualTo(bad);
		assertThat(report.count(FindingKind.HOURLY_ANNUAL_MISMATCH)).isEqualTo(bad);
		assertThat(report.findings()).hasSize(OewsReader.FINDINGS_KEPT_PER_KIND * 2);
		assertThat(report.findingsLeftOut()).isEqualTo(100);
		assertThat(report.errorCount()).isEqualTo(bad);
		assertThat(report.warningCount()).isEqualTo(bad);
		assertThat(report.rowsRejected()).isEqualTo(bad);
	}

	@Test
	void namesTheAreaOfEachRowFinding() throws Exception {
		ReadReport report = readState(stateRow(OewsColumn.A_MEDIAN, "abc"),
				stateRow(OewsColumn.AREA, "04", OewsColumn.AREA_TITLE, "Arizona", OewsColumn.PRIM_STATE, "AZ",
						OewsColumn.OCC_CODE, "319011"),
				stateRow(OewsColumn.AREA, "06", OewsColumn.AREA_TITLE, "", OewsColumn.PRIM_STATE, "CA",
						OewsColumn.A_MEAN, "-5"));

		assertThat(report.findings()).extracting(Finding::row, Finding::area, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Alaska", "A_MEDIAN"),
					org.assertj.core.groups.Tuple.tuple(3, "Arizona", "OCC_CODE"),
					org.assertj.core.groups.Tuple.tuple(4, "06", "A_MEAN"));
		assertThat(report.findings().get(1).describe()).startsWith("Row 3 (Arizona), OCC_CODE \"319011\": ");
	}

	@Test
	void describesFindingsInOneLine() {
		Finding finding = new Finding(Finding.Severity.ERROR, FindingKind.UNPARSEABLE_NUMBER, "Data", 12, "H_MEDIAN",
				"abc", "Not a number.");

		assertThat(finding.describe()).isEqualTo("Row 12, H_MEDIAN \"abc\": Not a number.");
		assertThat(finding.isFileLevel()).isFalse();
	}

}
