package io.tactus.reports.oews;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledOewsDataTests {

	@Test
	void listsTheBundledYearsNewestLast() {
		List<BundledOewsData.Dataset> datasets = BundledOewsData.datasets();

		assertThat(datasets).extracting(BundledOewsData.Dataset::year).containsExactly(2019, 2023, 2025);
		assertThat(datasets).extracting(BundledOewsData.Dataset::resource)
			.containsExactly("data/oews/oews-2019-31-9011-states.csv", "data/oews/oews-2023-31-9011-states.csv",
					"data/oews/oews-2025-31-9011-states.csv");
	}

	@Test
	void readsEveryBundledFileWithoutFindings() throws Exception {
		for (BundledOewsData.Dataset dataset : BundledOewsData.datasets()) {
			TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

			ReadReport report = dataset.read(rows);

			assertThat(report.findings()).as(dataset.fileName()).isEmpty();
			assertThat(report.surveyYear()).hasValue(dataset.year());
			assertThat(report.columns()).hasSize(32);
			assertThat(rows.rows).allMatch(WageRow::isStateTotal)
				.allMatch((row) -> row.occupationCode().equals("31-9011"));
		}
	}

	@Test
	void carriesMay2025PercentilesAndLeavesUnpublishedFiguresBlank() throws Exception {
		Map<String, WageRow> rows = rows(2025);

		assertThat(rows).hasSize(52);
		WageRow alaska = rows.get("AK");
		assertThat(alaska.annual().median()).isEqualTo(Figure.of(134930));
		assertThat(alaska.employment()).isEqualTo(Figure.of(570));
		assertThat(alaska.locationQuotient()).isEqualTo(Figure.of(2.78));
		assertThat(alaska.annualMean()).isEqualTo(Figure.blank());
		assertThat(rows.get("VT").annual().median()).isEqualTo(Figure.blank());
		assertThat(rows.get("PR").areaType()).isEqualTo(3);
		assertThat(rows.get("RI").annual().p10()).isEqualTo(rows.get("RI").annual().p25());
	}

	@Test
	void carriesMay2023MeansWithBlsMarkers() throws Exception {
		Map<String, WageRow> rows = rows(2023);

		assertThat(rows).hasSize(53);
		assertThat(rows.get("AK").annualMean()).isEqualTo(Figure.of(100670));
		assertThat(rows.get("AK").hourlyMean()).isEqualTo(Figure.of(48.40));
		assertThat(rows.get("DE").annualMean().state()).isEqualTo(FigureState.WAGE_NOT_AVAILABLE);
		assertThat(rows.get("GU").areaCode()).isEqualTo("66");
	}

	@Test
	void carriesMay2019MeansOfTheTwentyBestPaidStates() throws Exception {
		Map<String, WageRow> rows = rows(2019);

		assertThat(rows).hasSize(20);
		assertThat(rows.get("AK").annualMean()).isEqualTo(Figure.of(77080));
		assertThat(rows.get("AK").areaCode()).isEqualTo("02");
		assertThat(rows.get("WA").annualMean()).isEqualTo(Figure.of(65770));
	}

	private static Map<String, WageRow> rows(int year) throws Exception {
		BundledOewsData.Dataset dataset = BundledOewsData.datasets()
			.stream()
			.filter((candidate) -> candidate.year() == year)
			.findFirst()
			.orElseThrow();
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();
		dataset.read(rows);
		return rows.rows.stream().collect(Collectors.toMap(WageRow::primState, Function.identity()));
	}

}
