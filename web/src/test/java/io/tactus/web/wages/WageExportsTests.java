package io.tactus.web.wages;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.ReferenceData;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.WageStatistics;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export neutralises cells a spreadsheet would read as formulas and writes
 * numbers as the page shows them.
 */
class WageExportsTests {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\")";

	@Test
	void neutralisesEveryFormulaStart() {
		assertThat(WageExports.neutralise("=1+1")).isEqualTo("'=1+1");
		assertThat(WageExports.neutralise("+1")).isEqualTo("'+1");
		assertThat(WageExports.neutralise("-1")).isEqualTo("'-1");
		assertThat(WageExports.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(WageExports.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(WageExports.neutralise("Alaska")).isEqualTo("Alaska");
		assertThat(WageExports.neutralise("")).isEmpty();
	}

	@Test
	void csvNeutralisesHostileTitlesAndRoundsFiguresAsThePageShowsThem() throws Exception {
		List<WageRow> rows = List.of(WageFixtures.row(UsState.AK, HOSTILE, HOSTILE, 570, 134930.25),
				WageFixtures.row(UsState.WA, "Washington", HOSTILE, 5000, 70000),
				WageFixtures.row(UsState.OR, "Oregon", HOSTILE, 3000, 60000),
				WageFixtures.row(UsState.HI, "Hawaii", HOSTILE, 1000, 65000));
		StateComparison comparison = WageStatistics.compute(rows, 2025, "31-9011", ReferenceData.load());
		Selection selection = WageFixtures.selection(2025);
		TableOptions options = TableOptions.parse(comparison, null, null, null, "annualMedian", "desc");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports().writeCsv(WageTable.of(comparison, options), selection, comparison, out);

		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("Code");
		assertThat(records.get(1).get(0)).isEqualTo("AK");
		assertThat(records.get(1).get(1)).isEqualTo("Alaska");
		int median = records.get(0).toList().indexOf("Median (annual)");
		// $134,930 on the page: the export writes the same figure, not 134930.25
		assertThat(records.get(1).get(median)).isEqualTo("134930");
		String all = out.toString(StandardCharsets.UTF_8);
		assertThat(records).allSatisfy((record) -> record.forEach((cell) -> assertThat(cell).doesNotStartWith("=")));
		assertThat(all).contains("'=HYPERLINK");
		assertThat(records.get(records.size() - 2).get(0)).isEqualTo(
				"Source: U.S. Bureau of Labor Statistics, OEWS May 2025; excludes self-employed and tips; annual = hourly × 2,080");
	}

	private static WageExports exports() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-wages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new WageExports(messages);
	}

}
