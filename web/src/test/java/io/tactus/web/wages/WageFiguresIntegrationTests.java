package io.tactus.web.wages;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.reports.statistics.DemandScore;
import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StateStatistics;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Wage figures agree with themselves and with each other: the calculator with the
 * published percentiles, the rank column with the figures beside it, the exports with the
 * page, and the choosers with what the dataset publishes.
 */
@TactusIntegrationTest
class WageFiguresIntegrationTests {

	private static final String SEEKER = "wage-figures-seeker@example.com";

	private static final Pattern ROW = Pattern.compile("<tr data-state=\"([A-Z]{2})\">(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<t[dh](?: [^>]*)?>(.*?)</t[dh]>", Pattern.DOTALL);

	private static final Pattern HEAD = Pattern.compile("<th scope=\"col\"[^>]*data-key=\"([A-Za-z0-9]+)\"");

	private static final List<Measure> PERCENTILES = List.of(Measure.ANNUAL_P10, Measure.ANNUAL_P25,
			Measure.ANNUAL_MEDIAN, Measure.ANNUAL_P75, Measure.ANNUAL_P90);

	private static final List<Integer> LEVELS = List.of(10, 25, 50, 75, 90);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private WageComparisons comparisons;

	@Autowired
	private JsonMapper json;

	private TactusUser seeker;

	@BeforeEach
	void signIn() {
		this.seeker = TestAccounts.ensure(this.accounts, this.service, SEEKER, Role.JOB_SEEKER, null);
	}

	@Test
	void calculatorAgreesWithEveryPublishedPercentileOfEveryStateHourlyAndAnnual() throws Exception {
		int checked = 0;
		for (var dataset : bundled()) {
			StateComparison comparison = comparison(dataset.surveyYear());
			for (StateStatistics state : comparison.states()) {
				String path = "/wages/states/" + state.state().postalCode() + "?year=" + dataset.surveyYear();
				List<Double> published = new ArrayList<>();
				PERCENTILES
					.forEach((m) -> published.add(state.value(m).isPresent() ? state.value(m).getAsDouble() : null));
				if (published.stream().filter((w) -> w != null).count() < 2) {
					assertThat(page(path + "&atLeast=40000")).contains("fewer than two usable published percentiles");
					continue;
				}
				for (int i = 0; i < published.size(); i++) {
					Double wage = published.get(i);
					if (wage == null) {
						continue;
					}
					// tied neighbouring percentiles: all at that wage earn at least it
					String share = (100 - LEVELS.get(published.indexOf(wage))) + ".0%";
					String annual = page(path + "&atLeast=" + wage.longValue());
					assertThat(annual).as(path + " P" + LEVELS.get(i))
						.contains("About " + share + " of employees earn at least "
								+ WageFormat.format(Kind.WAGE, Unit.ANNUAL, wage) + " a year in")
						.contains("Read off the published percentiles")
						.doesNotContain("Model estimate");
					BigDecimal hourly = BigDecimal.valueOf(wage)
						.divide(BigDecimal.valueOf(2080), 12, RoundingMode.HALF_UP);
					String perHour = page(path + "&unit=hourly&atLeast=" + hourly.toPlainString());
					assertThat(perHour).as(path + " P" + LEVELS.get(i) + " hourly")
						.contains("About " + share + " of employees earn at least "
								+ WageFormat.format(Kind.WAGE, Unit.HOURLY, hourly.doubleValue()) + " an hour in");
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(51 * 5);
	}

	@Test
	void alaskaSaysThreeQuartersEarnAtLeastOneHundredThousandAsItsPercentilesDo() throws Exception {
		// P25 is $104,000, so at least 75% earn $100,000 or more (the curve alone said
		// 51%)
		String html = page("/wages/states/AK?year=2025&atLeast=100000");

		assertThat(html).contains("About 75.5% of employees earn at least $100,000 a year in Alaska")
			.contains("From the published percentiles")
			.doesNotContain("Model estimate");
		assertThat(page("/wages/states/AK?year=2025&atLeast=250000"))
			.contains("Model estimate, not a published figure");
		assertThat(page("/wages/states/AK?year=2025&unit=hourly&atLeast=50")).contains("$50.00 an hour")
			.contains("About 75.0% of employees");
	}

	@Test
	void offersOnlyMetricsTheYearPublishesAndFallsBackWhenOneIsMissing() throws Exception {
		String html = page("/wages?year=2019&metric=annualMedian&sort=annualMedian&dir=desc");

		assertThat(html)
			.contains("Median (annual) is not published for May 2019, so the map shows Mean (annual) instead")
			.contains(
					"<option value=\"annualMedian\" disabled=\"disabled\">Median (annual) (not published for May 2019)</option>")
			.contains("<option value=\"annualMean\" selected=\"selected\">Mean (annual)</option>")
			.contains("tile q4")
			.contains("only 20 of the 50 states and the District of Columbia");
		assertThat(states(html)).startsWith("AK", "WA", "OR", "HI", "MA");
		assertThat(page("/wages?year=2025")).doesNotContain("id=\"coverage\"")
			.contains(
					"<option value=\"jobsPer1000\" disabled=\"disabled\">Jobs per 1,000 (not published for May 2025)</option>");
		JsonNode notes = api("/api/v1/wages/states?year=2019").get("notes");
		assertThat(notes.toString()).contains("only 20 of the 50 states").contains("annualMedian");
		assertThat(api("/api/v1/wages/states/AK?year=2019").get("notes").toString())
			.contains("only 20 of the 50 states");
	}

	@Test
	void neverShowsRetiredToJobSeekers() throws Exception {
		for (var dataset : this.comparisons.available()) {
			String year = Integer.toString(dataset.surveyYear());
			assertThat(page("/wages?year=" + year)).doesNotContainIgnoringCase("retired");
			for (StateStatistics state : comparison(dataset.surveyYear()).states().stream().limit(1).toList()) {
				assertThat(page("/wages/states/" + state.state().postalCode() + "?year=" + year))
					.doesNotContainIgnoringCase("retired");
			}
			assertThat(page("/wages/compare?year=" + year)).doesNotContainIgnoringCase("retired");
		}
	}

	@Test
	void ranksByTheAdjustedMedianInTheAdjustedView() throws Exception {
		String html = page("/wages?year=2025&basis=adjusted&sort=annualMedian&dir=desc");
		Map<String, Map<String, String>> table = table(html);

		assertThat(html).contains("Rank by adjusted median");
		List<Integer> ranks = new ArrayList<>();
		table.values().forEach((cells) -> {
			String rank = cells.get("rankByMedian");
			if (rank.matches("\\d+")) {
				ranks.add(Integer.parseInt(rank));
			}
		});
		assertThat(ranks).hasSize(50).startsWith(1).isSorted();
		StateComparison comparison = comparison(2025);
		table.forEach((code, cells) -> comparison.costOfLiving()
			.rows()
			.stream()
			.filter((r) -> r.state().postalCode().equals(code) && r.adjustedRank().isPresent())
			.forEach((r) -> assertThat(cells.get("rankByMedian"))
				.isEqualTo(Integer.toString(r.adjustedRank().getAsInt()))));
	}

	@Test
	void marksFiguresFarFromTheRestOnTheTableMapStatePageApiAndExport() throws Exception {
		String html = page("/wages?year=2025");
		Matcher alaska = ROW.matcher(html);
		assertThat(alaska.find()).isTrue();
		assertThat(alaska.group(1)).isEqualTo("AK");
		assertThat(alaska.group(2)).contains("$134,930")
			.contains("class=\"mark outlier\"")
			.contains("the published median of $134,930 is 8.7 robust standard deviations above the middle state");
		assertThat(html).contains("class=\"tile-flag\"").contains("<dt>!</dt>");
		String texas = rowOf(html, "TX");
		assertThat(texas).doesNotContain("mark outlier");

		assertThat(page("/wages/states/AK?year=2025")).contains(
				"Far from the other states: the published median of $134,930 is 8.7 robust standard deviations above the middle state");
		assertThat(page("/wages/states/TX?year=2025")).doesNotContain("Far from the other states: the");

		JsonNode state = api("/api/v1/wages/states/AK?year=2025").get("state");
		JsonNode outlier = state.get("outliers").get(0);
		assertThat(outlier.get("measure").asString()).isEqualTo("ANNUAL_MEDIAN");
		assertThat(outlier.get("center").asDouble()).isEqualTo(59_370);
		assertThat(outlier.get("reason").asString()).contains("8.7 robust standard deviations");
		assertThat(api("/api/v1/wages/states/TX?year=2025").get("state").get("outliers").size()).isZero();

		Map<String, CSVRecord> csv = csv("/wages/export.csv?year=2025");
		assertThat(csv.get("AK").get(csv.get("AK").size() - 1)).contains("Far from the other states");
		assertThat(csv.get("TX").get(csv.get("TX").size() - 1)).doesNotContain("Far from the other states");
	}

	@Test
	void ranksDemandScoresOnlyAmongStatesScoredOnAsManyComponents() throws Exception {
		StateComparison comparison = comparison(2025);
		List<String> complete = comparison.demand()
			.scores()
			.stream()
			.filter((d) -> d.componentsUsed() == 2)
			.map((d) -> d.state().postalCode())
			.toList();
		assertThat(complete).hasSize(4);

		String html = page("/wages?year=2025&sort=demandScore&dir=desc");
		assertThat(states(html).subList(0, 4)).containsExactlyInAnyOrderElementsOf(complete);
		assertThat(rowOf(html, complete.get(0))).contains("2 of 4");
		DemandScore colorado = comparison.demand().forState(io.tactus.reports.oews.UsState.CO).orElseThrow();
		assertThat(page("/wages/states/CO?year=2025")).contains("from 2 of 4 components: rank "
				+ colorado.rank().getAsInt() + " of the 4 states scored on as many components");
		assertThat(page("/wages/states/AL?year=2025")).contains("from 1 of 4 components: rank");
		JsonNode api = api("/api/v1/wages/states/CO?year=2025").get("state");
		assertThat(api.get("demandComponentsUsed").asInt()).isEqualTo(2);
		assertThat(api.get("demandComponentsTotal").asInt()).isEqualTo(4);
		assertThat(api.get("demandRankedAmong").asInt()).isEqualTo(4);
	}

	@Test
	void exportsWriteEveryFigureAsThePageShowsIt() throws Exception {
		for (String view : List.of("year=2025", "year=2025&unit=hourly", "year=2025&unit=hourly&basis=adjusted",
				"year=2025&basis=adjusted", "year=2023&unit=hourly", "year=2019&basis=adjusted")) {
			Map<String, Map<String, String>> table = table(page("/wages?" + view));
			Map<String, CSVRecord> csv = csv("/wages/export.csv?" + view);
			Map<String, Row> xlsx = xlsx("/wages/export.xlsx?" + view);
			assertThat(csv.keySet()).containsExactlyElementsOf(table.keySet());
			int compared = 0;
			for (Map.Entry<String, Map<String, String>> row : table.entrySet()) {
				for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
					Column column = Column.parse(cell.getKey(), "test");
					OptionalDouble shown = number(cell.getValue());
					String exported = csv.get(row.getKey()).get(1 + column.ordinal());
					String what = view + " " + row.getKey() + " " + column.key() + " " + cell.getValue();
					if (shown.isEmpty()) {
						assertThat(exported).as(what).isEmpty();
						continue;
					}
					assertThat(new BigDecimal(exported)).as(what)
						.isEqualByComparingTo(BigDecimal.valueOf(shown.getAsDouble()));
					double stored = xlsx.get(row.getKey()).getCell(1 + column.ordinal()).getNumericCellValue();
					double expected = (column.kind() == Kind.PERCENT) ? shown.getAsDouble() / 100 : shown.getAsDouble();
					assertThat(stored).as(what + " xlsx")
						.isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
					compared++;
				}
			}
			assertThat(compared).as(view).isPositive();
		}
	}

	/**
	 * The datasets of the bundled years (other tests may publish uploads of other years
	 * into the shared database).
	 */
	private List<io.tactus.web.datasets.Dataset> bundled() {
		List<Integer> years = io.tactus.reports.oews.BundledOewsData.datasets()
			.stream()
			.map(io.tactus.reports.oews.BundledOewsData.Dataset::year)
			.toList();
		List<io.tactus.web.datasets.Dataset> datasets = this.comparisons.available()
			.stream()
			.filter((d) -> years.contains(d.surveyYear()))
			.toList();
		assertThat(datasets).hasSize(years.size());
		return datasets;
	}

	private StateComparison comparison(int year) {
		return this.comparisons.comparison(this.comparisons.select(Integer.toString(year), null));
	}

	/** The page's table: per state, each column key's text as shown (marks removed). */
	private static Map<String, Map<String, String>> table(String html) {
		int body = html.indexOf("<tbody>", html.indexOf("id=\"wages-table\""));
		List<String> keys = new ArrayList<>();
		Matcher head = HEAD.matcher(html.substring(html.indexOf("id=\"wages-table\""), body));
		while (head.find()) {
			keys.add(head.group(1));
		}
		Map<String, Map<String, String>> table = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html.substring(body));
		while (row.find()) {
			Matcher cell = CELL.matcher(row.group(2));
			Map<String, String> cells = new LinkedHashMap<>();
			int i = 0;
			while (cell.find()) {
				String key = keys.get(i++);
				if (!key.equals("state")) {
					String text = cell.group(1)
						.replaceAll("(?s)<(abbr|span)[^>]*>.*?</\\1>", "")
						.replaceAll("<[^>]+>", "");
					cells.put(key, HtmlUtils.htmlUnescape(text).strip());
				}
			}
			table.put(row.group(1), cells);
		}
		return table;
	}

	private static String rowOf(String html, String code) {
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			if (row.group(1).equals(code)) {
				return row.group(2);
			}
		}
		throw new AssertionError("No row " + code);
	}

	private static OptionalDouble number(String text) {
		String digits = text.replace("$", "").replace(",", "").replace("%", "").replace("+", "").replace("−", "-");
		return digits.matches("-?\\d+(\\.\\d+)?") ? OptionalDouble.of(Double.parseDouble(digits))
				: OptionalDouble.empty();
	}

	private static List<String> states(String html) {
		return new ArrayList<>(table(html).keySet());
	}

	private Map<String, CSVRecord> csv(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(this.seeker)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Map<String, CSVRecord> rows = new LinkedHashMap<>();
		List<CSVRecord> records = CSVFormat.DEFAULT
			.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
			.getRecords();
		for (CSVRecord record : records.subList(1, records.size())) {
			if (record.get(0).matches("[A-Z]{2}")) {
				rows.put(record.get(0), record);
			}
		}
		return rows;
	}

	private Map<String, Row> xlsx(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(this.seeker)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Map<String, Row> rows = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0) != null
						&& row.getCell(0).getStringCellValue().matches("[A-Z]{2}")) {
					rows.put(row.getCell(0).getStringCellValue(), row);
				}
			}
		}
		return rows;
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(this.seeker)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode api(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
