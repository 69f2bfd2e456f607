package io.tactus.web.wages;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.reports.reference.ReferenceData;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.WageStatistics;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.datasets.Dataset;
import io.tactus.web.datasets.DatasetPublished;
import io.tactus.web.datasets.DatasetStatus;
import io.tactus.web.datasets.PublishedFigures;
import io.tactus.web.system.Role;
import io.tactus.web.system.StateGenerationAdvanced;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pay by state against the bundled OEWS data: the table and its sort links, the map, a
 * state's page, the comparison, the exports and the API.
 */
@TactusIntegrationTest
class WagesIntegrationTests {

	private static final String SEEKER = "wages-seeker@example.com";

	private static final Pattern ROW = Pattern.compile("<tr data-state=\"([A-Z]{2})\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private PublishedFigures figures;

	@Autowired
	private WageComparisons comparisons;

	@Autowired
	private WagesBody body;

	@Autowired
	private StatesJsonBody statesJson;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private JsonMapper json;

	private TactusUser seeker;

	@BeforeEach
	void signIn() {
		this.seeker = TestAccounts.ensure(this.accounts, this.service, SEEKER, Role.JOB_SEEKER, null);
	}

	@Test
	void showsTableMapSummaryMarksAndSource() throws Exception {
		String html = page(get("/wages?year=2025"), 200);
		assertThat(html).contains("Massage Therapists: pay and demand by state, May 2025")
			.contains("<svg")
			.contains("tile q4")
			.contains("<title>Alaska: $134,930 (highest quarter) Far from the other states")
			.contains("The map as text")
			.contains("Median of the state medians")
			.contains("Source: U.S. Bureau of Labor Statistics")
			.contains("self-employed")
			.contains("tips")
			.contains("2,080")
			.contains("Thin sample");
		assertThat(states(html)).hasSize(52).startsWith("AK");
	}

	@Test
	void sortLinksSortWithoutScript() throws Exception {
		String ascending = page(get("/wages?year=2025&sort=annualMedian&dir=asc"), 200);
		StateComparison comparison = expected(2025);
		List<String> byMedianAscending = comparison.states()
			.stream()
			.filter((s) -> s.annualMedian().isPresent())
			.sorted(java.util.Comparator
				.comparingDouble((io.tactus.reports.statistics.StateStatistics s) -> s.annualMedian().getAsDouble())
				.thenComparing((s) -> s.state().title()))
			.map((s) -> s.state().postalCode())
			.toList();
		assertThat(states(ascending)).startsWith(byMedianAscending.subList(0, 5).toArray(String[]::new));
		assertThat(ascending).contains("sort=annualMedian&amp;dir=desc").contains("aria-sort=\"ascending\"");

		String byName = page(get("/wages?year=2025&sort=state&dir=asc"), 200);
		assertThat(states(byName)).startsWith("AL", "AK", "AZ");
	}

	@Test
	void showsTopPayingStatesByMeanIn2019() throws Exception {
		String html = page(get("/wages?year=2019"), 200);
		assertThat(states(html)).startsWith("AK", "WA", "OR", "HI", "MA");
		String sorted = page(get("/wages?year=2019&sort=annualMean&dir=desc"), 200);
		assertThat(states(sorted).subList(0, 5)).containsExactly("AK", "WA", "OR", "HI", "MA");
		assertThat(sorted).contains(">May 2019</option>")
			.contains("May 2019, an earlier survey year")
			.doesNotContain("retired");
	}

	@Test
	void showsHourlyAndPriceAdjustedFigures() throws Exception {
		String hourly = page(get("/wages?year=2023&unit=hourly&sort=annualMean"), 200);
		assertThat(hourly).contains("Mean (hourly)").contains("$48.40");
		// The cached content writes non-ASCII characters as character references
		// (WagesBody.asciiOnly).
		String adjusted = HtmlUtils.htmlUnescape(page(get("/wages?year=2025&basis=adjusted"), 200));
		assertThat(adjusted).contains("adjusted for local prices").contains("‡");
	}

	@Test
	void rendersEveryStateAndEveryTableViewOfEveryYear() throws Exception {
		for (Dataset dataset : this.comparisons.available()) {
			String year = Integer.toString(dataset.surveyYear());
			Selection selection = this.comparisons.select(year, null);
			for (var state : this.comparisons.comparison(selection).states()) {
				page(get("/wages/states/" + state.state().postalCode() + "?year=" + year + "&atLeast=40000"), 200);
				api("/api/v1/wages/states/" + state.state().postalCode() + "?year=" + year, 200);
			}
			for (String metric : List.of("employment", "jobsPer1000", "locationQuotient", "annualMean", "annualP10",
					"annualP25", "annualMedian", "annualP75", "annualP90")) {
				for (String unit : List.of("annual", "hourly")) {
					for (String basis : List.of("raw", "adjusted")) {
						page(get("/wages?year=" + year + "&metric=" + metric + "&unit=" + unit + "&basis=" + basis),
								200);
					}
				}
			}
			page(get("/wages?year=" + year + "&sort=demandScore&dir=asc"), 200);
			page(get("/wages?year=" + year + "&sort=rpp"), 200);
		}
	}

	@Test
	void refusesUnknownParametersNamingThem() throws Exception {
		assertThat(page(get("/wages?sort=bogus"), 400)).contains("&quot;sort&quot;")
			.contains("bogus")
			.contains("unknown column; expected one of state, employment");
		assertThat(page(get("/wages?year=1999"), 400)).contains("&quot;year&quot;");
		assertThat(page(get("/wages?unit=weekly"), 400)).contains("&quot;unit&quot;")
			.contains("expected annual or hourly");
	}

	@Test
	void showsStatePageWithChartDemandCostPartTimeAndNeighbours() throws Exception {
		String html = page(get("/wages/states/AK?year=2025"), 200);
		assertThat(html).contains("Alaska: Massage Therapists, May 2025")
			.contains("class=\"range-chart chart-wide\"")
			.contains("class=\"range-chart chart-phone\"")
			.contains("aria-labelledby=\"chart-title\"")
			.contains("id=\"chart-title\"")
			.contains("aria-labelledby=\"chart-title-phone\"")
			.contains("id=\"chart-title-phone\"")
			.contains("Demand components")
			.contains("Regional price parity")
			.contains("20 hours")
			.contains("Ranked below:")
			.contains("Highest median of all states.")
			.contains("self-employed");
	}

	@Test
	void answersTheEarnAtLeastCalculatorFromThePublishedPercentilesAndTheCurveOnlyBeyondThem() throws Exception {
		String html = page(get("/wages/states/TX?year=2025&atLeast=45000"), 200);
		assertThat(html).contains("earn at least $45,000 a year in Texas")
			.contains("percentile")
			.contains("From the published percentiles")
			.doesNotContain("Model estimate");
		assertThat(page(get("/wages/states/TX?year=2025&atLeast=150000"), 200)).contains("Model estimate")
			.contains("R² =");
		assertThat(page(get("/wages/states/TX?year=2025&atLeast=lots"), 400)).contains("is not an amount");
	}

	@Test
	void showsYearOverYearChangesWhenSeveralYearsExist() throws Exception {
		String html = page(get("/wages/states/AK?year=2023"), 200);
		assertThat(html).contains("2019 to 2023").contains("$77,080").contains("$100,670");
		assertThat(page(get("/wages/states/HI?year=2023"), 200))
			.contains("Mean (annual): * Wage estimate not available from BLS.");
	}

	@Test
	void answersNotFoundForUnknownStateOrStateWithoutRow() throws Exception {
		assertThat(page(get("/wages/states/ZZ"), 404)).contains("ZZ");
		assertThat(page(get("/wages/states/GU?year=2025"), 404)).contains("Guam");
	}

	@Test
	void comparesTwoToFourStatesAndExplainsOtherwise() throws Exception {
		String html = page(get("/wages/compare?year=2025&states=AK&states=WA"), 200);
		assertThat(html).contains("id=\"compare-table\"")
			.contains("Alaska")
			.contains("Washington")
			.contains("$134,930");
		assertThat(page(get("/wages/compare?states=AK"), 400)).contains("Choose two to four states; you chose 1.");
		assertThat(page(get("/wages/compare?states=AK&states=WA&states=OR&states=HI&states=MA"), 400))
			.contains("you chose 5");
		assertThat(page(get("/wages/compare?states=AK&states=ZZ"), 400)).contains("&quot;ZZ&quot;");
		assertThat(page(get("/wages/compare"), 200)).contains("Choose two to four states");
	}

	@Test
	void exportsXlsxWithFormatsHeaderAndSourceInTheSameOrder() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/wages/export.xlsx?year=2025&sort=annualMedian&dir=asc").with(user(this.seeker)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains("pay-by-state-31-9011-2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Code");
			int median = column(header, "Median (annual)");
			int vsNational = column(header, "Median vs. U.S.");
			assertThat(vsNational).isPositive();
			Row first = sheet.getRow(1);
			Row second = sheet.getRow(2);
			assertThat(first.getCell(median).getNumericCellValue())
				.isLessThanOrEqualTo(second.getCell(median).getNumericCellValue());
			assertThat(first.getCell(median).getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0");
			List<String> texts = new ArrayList<>();
			sheet.forEach((row) -> texts.add(row.getCell(0).getStringCellValue()));
			assertThat(texts).contains(
					"Source: U.S. Bureau of Labor Statistics, OEWS May 2025; excludes self-employed and tips; annual = hourly × 2,080");
			assertThat(workbook.getCellStyleAt(0)).isNotNull();
			boolean percentFormat = false;
			for (int i = 0; i < workbook.getNumCellStyles(); i++) {
				percentFormat |= "0.0%".equals(workbook.getCellStyleAt(i).getDataFormatString());
			}
			assertThat(percentFormat).isTrue();
		}
	}

	@Test
	void exportsCsvWithTheSameRowsAndNoFormulaCells() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/wages/export.csv?year=2019").with(user(this.seeker)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		List<CSVRecord> records = CSVFormat.DEFAULT
			.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("Code");
		assertThat(records.subList(1, 6)).extracting((r) -> r.get(0)).containsExactly("AK", "WA", "OR", "HI", "MA");
		int mean = records.get(0).toList().indexOf("Mean (annual)");
		assertThat(records.get(1).get(mean)).isEqualTo("77080");
		assertThat(records).allSatisfy((r) -> r
			.forEach((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
	}

	@Test
	void neutralisesFormulasFromAnUploadedDatasetInTheCsv() throws Exception {
		String hostile = "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"";
		List<String> lines = Files.readAllLines(Path.of("../data/oews/oews-2025-31-9011-states.csv"));
		StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
		lines.stream()
			.filter((line) -> line.matches("^(02|53|41|15),.*"))
			.map((line) -> line.replace(",Massage Therapists,", "," + hostile + ","))
			.forEach((line) -> csv.append(line).append('\n'));
		long before = this.figures.published().orElseThrow().id();
		MockHttpServletResponse uploaded = this.mvc.perform(multipart("/api/v1/datasets")
			.file(new MockMultipartFile("file", "hostile-2031.csv", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8)))
			.param("year", "2031")
			.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))).andReturn().getResponse();
		assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isIn(200, 202);
		long id = this.json.readTree(uploaded.getContentAsString()).get("id").asLong();
		await().atMost(Duration.ofSeconds(30)).until(() -> datasetStatus(id) != DatasetStatus.PROCESSING);
		assertThat(datasetStatus(id)).isEqualTo(DatasetStatus.READY);
		try {
			this.mvc.perform(
					post("/api/v1/datasets/" + id + "/publish").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)));
			MockHttpServletResponse response = this.mvc
				.perform(get("/wages/export.csv?year=2031").with(user(this.seeker)))
				.andReturn()
				.getResponse();
			String text = response.getContentAsString(StandardCharsets.UTF_8);
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
			assertThat(records).allSatisfy((r) -> r.forEach((cell) -> assertThat(cell).doesNotStartWith("=")));
			assertThat(records.get(records.size() - 1).get(0)).startsWith("'=HYPERLINK(");
			assertThat(page(get("/wages?year=2031"), 200)).doesNotContain("=HYPERLINK(\"http")
				.contains("=HYPERLINK(&quot;http");
		}
		finally {
			this.mvc.perform(post("/api/v1/datasets/" + before + "/publish")
				.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)));
		}
		assertThat(this.figures.published().orElseThrow().id()).isEqualTo(before);
	}

	@Test
	void apiListsStatesWithNullsForUnknownAndFullPrecision() throws Exception {
		JsonNode body = api("/api/v1/wages/states?occupation=31-9011&year=2025", 200);
		assertThat(body.get("occupation").get("code").asString()).isEqualTo("31-9011");
		assertThat(body.get("occupation").get("title").asString()).isEqualTo("Massage Therapists");
		assertThat(body.get("dataset").get("year").asInt()).isEqualTo(2025);
		JsonNode states = body.get("states");
		assertThat(states.size()).isEqualTo(52);
		JsonNode alaska = states.get(0);
		assertThat(alaska.get("code").asString()).isEqualTo("AK");
		assertThat(alaska.get("name").asString()).isEqualTo("Alaska");
		assertThat(alaska.get("annualMedian").asDouble()).isEqualTo(134930.0);
		assertThat(alaska.get("rankByMedian").asInt()).isEqualTo(1);
		assertThat(alaska.has("jobsPer1000")).isTrue();
		assertThat(alaska.get("jobsPer1000").isNull()).isTrue();
		assertThat(alaska.get("hourlyMean").isNull()).isTrue();
		StateComparison expected = expected(2025);
		JsonNode summary = body.get("summary");
		assertThat(summary.get("stateCount").asInt()).isEqualTo(expected.states().size());
		assertThat(summary.get("meanOfStateMedians").asDouble())
			.isEqualTo(expected.summary().meanOfMedians().value().getAsDouble());
		assertThat(summary.get("stdDevOfStateMedians").asDouble())
			.isEqualTo(expected.summary().standardDeviationOfMedians().value().getAsDouble());
		assertThat(summary.get("spearmanMedianVsLocationQuotient").asDouble())
			.isEqualTo(expected.summary().spearmanMedianVsLocationQuotient().value().getAsDouble());
		assertThat(summary.get("counts").get("medianOfStateMedians").get("used").asInt()).isPositive();
	}

	@Test
	void apiShowsMissingMeansAsNullWithTheReason() throws Exception {
		JsonNode delaware = api("/api/v1/wages/states/DE?year=2023", 200).get("state");
		assertThat(delaware.get("annualMean").isNull()).isTrue();
		assertThat(delaware.get("annualMedian").isNull()).isTrue();
		assertThat(delaware.get("missing").toString()).contains("ANNUAL_MEAN");
	}

	@Test
	void apiRefusesInvalidParametersAndUnknownStates() throws Exception {
		assertThat(api("/api/v1/wages/states?occupation=massage", 400).get("detail").asString())
			.isEqualTo("Parameter \"occupation\" has a value that cannot be used (\"massage\"): "
					+ "a SOC code like 31-9011 is expected.");
		assertThat(api("/api/v1/wages/states?occupation=11-1011", 400).get("parameter").asString())
			.isEqualTo("occupation");
		assertThat(api("/api/v1/wages/states?year=1999", 400).get("detail").asString()).contains("\"year\"")
			.contains("no dataset has this survey year; available: ")
			.contains("2025")
			.doesNotContain("2,025");
		assertThat(api("/api/v1/wages/states/ZZ", 404).get("status").asInt()).isEqualTo(404);
		assertThat(api("/api/v1/wages/states/GU?year=2025", 404).get("detail").asString()).contains("Guam");
	}

	@Test
	void openApiDocumentDescribesTheWagesApi() throws Exception {
		JsonNode document = api("/api/v1/openapi", 200);
		assertThat(document.get("paths").has("/api/v1/wages/states")).isTrue();
		assertThat(document.get("paths").has("/api/v1/wages/states/{code}")).isTrue();
		assertThat(document.get("paths").get("/api/v1/wages/states").get("get").get("summary").asString())
			.contains("across the states");
	}

	@Test
	void keepsComparisonsUntilTheNextPublish() {
		Selection selection = this.comparisons.select("2025", "31-9011");
		StateComparison first = this.comparisons.comparison(selection);
		TableOptions options = TableOptions.parse(first, null, null, null, null, null);
		String html = this.body.render(selection, first, options, "", Locale.US);
		assertThat(this.comparisons.comparison(selection)).isSameAs(first);
		assertThat(this.body.render(selection, first, options, "", Locale.US)).isSameAs(html);
		this.events.publishEvent(new DatasetPublished(selection.dataset().id()));
		assertThat(this.comparisons.comparison(this.comparisons.select("2025", "31-9011"))).isNotSameAs(first);
		assertThat(this.body.render(selection, first, options, "", Locale.US)).isNotSameAs(html).isEqualTo(html);
	}

	@Test
	void dropsCachedFiguresWhenAnotherNodePublishes() {
		Selection selection = this.comparisons.select("2025", "31-9011");
		StateComparison first = this.comparisons.comparison(selection);
		StatesJsonBody.Serialised json = this.statesJson.of(selection, first);
		this.events.publishEvent(new StateGenerationAdvanced("published-data", Long.MAX_VALUE));
		assertThat(this.comparisons.comparison(this.comparisons.select("2025", "31-9011"))).isNotSameAs(first);
		assertThat(this.statesJson.of(selection, first)).isNotSameAs(json);
	}

	@Test
	void keepsTheStatesJsonUntilTheNextPublish() {
		Selection selection = this.comparisons.select("2025", "31-9011");
		StateComparison comparison = this.comparisons.comparison(selection);
		StatesJsonBody.Serialised json = this.statesJson.of(selection, comparison);
		assertThat(this.statesJson.of(selection, comparison)).isSameAs(json);
		this.events.publishEvent(new DatasetPublished(selection.dataset().id()));
		StatesJsonBody.Serialised again = this.statesJson.of(selection, comparison);
		assertThat(again).isNotSameAs(json);
		assertThat(again.bytes()).isEqualTo(json.bytes());
		assertThat(again.entityTag()).isEqualTo(json.entityTag());
	}

	@Test
	void apiAnswersNotModifiedToItsOwnEntityTag() throws Exception {
		String path = "/api/v1/wages/states?occupation=31-9011&year=2025";
		MockHttpServletResponse first = this.mvc.perform(get(path).with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentType()).startsWith("application/json");
		assertThat(first.getHeader("Cache-Control")).contains("private")
			.contains("no-cache")
			.doesNotContain("no-store");
		String tag = first.getHeader("ETag");
		assertThat(tag).matches("\"[0-9a-f]{32}\"");
		MockHttpServletResponse unchanged = this.mvc
			.perform(get(path).header("If-None-Match", tag).with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		MockHttpServletResponse other = this.mvc
			.perform(get("/api/v1/wages/states?occupation=31-9011&year=2019").header("If-None-Match", tag)
				.with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(other.getHeader("ETag")).isNotEqualTo(tag);
		assertThat(this.mvc.perform(get(path).header("If-None-Match", tag)).andReturn().getResponse().getStatus())
			.as("the entity tag is no way around signing in")
			.isEqualTo(401);
	}

	@Test
	void offersThePageToEveryRoleInTheNavigation() throws Exception {
		assertThat(page(get("/"), 200)).contains("Pay by state");
	}

	private StateComparison expected(int year) {
		Dataset dataset = this.figures.publishedAndRetired()
			.stream()
			.filter((d) -> d.surveyYear() == year)
			.reduce((a, b) -> b.isPublished() ? b : a)
			.orElseThrow();
		return WageStatistics.compute(this.figures.stateAndNationalRows(dataset.id()), year, "31-9011",
				ReferenceData.load());
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(this.seeker))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private DatasetStatus datasetStatus(long id) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/datasets/" + id).with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		return DatasetStatus.valueOf(this.json.readTree(response.getContentAsString()).get("status").asString());
	}

	private JsonNode api(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> states(String html) {
		List<String> states = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			states.add(matcher.group(1));
		}
		return states;
	}

	private static int column(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (name.equals(header.getCell(i).getStringCellValue())) {
				return i;
			}
		}
		return -1;
	}

}
