package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.core.billing.ServiceLine;
import io.tactus.core.summary.KxPatient;
import io.tactus.core.summary.KxThreshold;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The clinic dashboard: its tiles agree with the summary and threshold pages they link
 * to, move when a visit is added, show one clinic's data only, and its charts are
 * readable.
 */
@TactusIntegrationTest
class DashboardIntegrationTests {

	private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>");

	private static final Pattern FONT_SIZE = Pattern.compile("font-size=\"(\\d+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	@Autowired
	private ClinicBilling billing;

	@Autowired
	private Clock clock;

	private TactusUser owner;

	private TactusUser other;

	private TactusUser empty;

	private LocalDate today;

	private LocalDate first;

	@BeforeEach
	void clinics() {
		this.today = LocalDate.now(this.clock);
		this.first = this.today.withDayOfMonth(1);
		this.owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "dash-owner", "Dash Clinic");
		this.other = ClinicFixtures.owner(this.accounts, this.service, this.setup, "dash-other", "Other Clinic");
		this.empty = ClinicFixtures.owner(this.accounts, this.service, this.setup, "dash-empty", "Empty Clinic");
		if (this.visits.count(clinic(this.owner)) == 0) {
			seedOwner();
		}
		if (this.visits.count(clinic(this.other)) == 0) {
			for (int i = 0; i < 3; i++) {
				insert(this.other, this.today, "OTHER-SECRET-" + i, "Sam Roe", "Acme Health",
						ServiceLine.of("97124", 38).withBilledUnits(3));
			}
		}
	}

	/**
	 * This month: Medicare visits (one overbilled, one with a timed code under 8 minutes)
	 * and enough Acme visits for more than $1,000; earlier months: a few visits; this
	 * year: one Medicare patient over the KX threshold and one near it.
	 */
	private void seedOwner() {
		insert(this.owner, this.today, "DASH-1", "Pat Lee", "Medicare",
				ServiceLine.of("97110", 23).withModifiers("GP").withBilledUnits(3));
		insert(this.owner, this.today, "DASH-2", "Pat Lee", "Medicare", ServiceLine.of("97110", 30).withModifiers("GP"),
				ServiceLine.of("97140", 5).withModifiers("GP"));
		for (int i = 0; i < 9; i++) {
			insert(this.owner, this.today, "DASH-A" + i, "Sam Roe", "Acme Health", ServiceLine.of("97124", 45),
					ServiceLine.of("97140", 15));
		}
		insert(this.owner, this.first.minusMonths(2), "DASH-OLD-1", "Sam Roe", "Acme Health",
				ServiceLine.of("97124", 30));
		insert(this.owner, this.first.minusMonths(5), "DASH-OLD-2", "Sam Roe", "Acme Health",
				ServiceLine.of("97124", 30));
		kxPatient("DASH-KX-OVER", KxPatient.Status.OVER);
		kxPatient("DASH-KX-NEAR", KxPatient.Status.NEAR);
	}

	/**
	 * Adds three-unit Medicare visits early in the year until the patient has the status.
	 */
	private void kxPatient(String patient, KxPatient.Status wanted) {
		int year = this.today.getYear();
		KxThreshold threshold = new KxThreshold(year, KxThreshold.AMOUNT_2026, KxThreshold.NEAR_SHARE);
		for (int i = 0; i < 100; i++) {
			insert(this.owner, LocalDate.of(year, 1, 2).plusDays(i * 2L), patient, "Pat Lee", "Medicare",
					ServiceLine.of("97110", 38).withModifiers("GP"));
			KxPatient.Status status = this.billing.threshold(clinic(this.owner), threshold)
				.stream()
				.filter((p) -> p.patientRef().equals(patient))
				.findFirst()
				.orElseThrow()
				.status();
			if (status == wanted) {
				return;
			}
		}
		throw new IllegalStateException(patient + " never became " + wanted);
	}

	private void insert(TactusUser user, LocalDate date, String patient, String therapist, String payer,
			ServiceLine... lines) {
		long clinic = clinic(user);
		long therapistId = this.setup.therapists(clinic)
			.stream()
			.filter((t) -> t.name().equals(therapist))
			.findFirst()
			.orElseThrow()
			.id();
		long payerId = this.setup.payers(clinic)
			.stream()
			.filter((p) -> p.name().equals(payer))
			.findFirst()
			.orElseThrow()
			.id();
		this.visits.insert(clinic, new NewVisit(date, patient, therapistId, payerId, List.of(lines)), null);
	}

	private static long clinic(TactusUser user) {
		return user.clinic().orElseThrow();
	}

	private String month() {
		return "from=" + this.first + "&to=" + this.today + "&period=month";
	}

	private String page(TactusUser user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String tile(String html, String id) {
		Matcher matcher = Pattern
			.compile("id=\"" + id + "\".*?<strong class=\"tile-value\">([^<]*)</strong>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("tile %s", id).isTrue();
		return matcher.group(1);
	}

	/** The summary's totals: visits, units, units per visit, revenue, unpriced. */
	private static List<String> totals(String summary) {
		String block = summary.substring(summary.indexOf("id=\"totals\""));
		block = block.substring(0, block.indexOf("</dl>"));
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("<dd>([^<]*)</dd>").matcher(block);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	/** The summary's findings: kind and count. */
	private static Map<String, String> summaryFindings(String summary) {
		Map<String, String> findings = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile(
				"<a href=\"/clinic/summary/findings/([A-Z0-9_]+)\\?[^\"]*\">[^<]*</a></td>\\s*<td>[^<]*</td>\\s*<td class=\"number\">([^<]*)</td>")
			.matcher(summary);
		while (matcher.find()) {
			findings.put(matcher.group(1), matcher.group(2));
		}
		return findings;
	}

	/** The dashboard's findings: kind and count. */
	private static Map<String, String> dashboardFindings(String dashboard) {
		Map<String, String> findings = new LinkedHashMap<>();
		Matcher matcher = Pattern
			.compile("id=\"finding-([A-Z0-9_]+)\".*?<strong class=\"tile-value\">([^<]*)</strong>", Pattern.DOTALL)
			.matcher(dashboard);
		while (matcher.find()) {
			findings.put(matcher.group(1), matcher.group(2));
		}
		return findings;
	}

	private static long count(String html, String text) {
		return html.split(Pattern.quote(text), -1).length - 1L;
	}

	@Test
	void tilesAgreeWithTheSummaryOfTheMonth() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard");
		String summary = page(this.owner, "/clinic/summary?" + month());
		List<String> totals = totals(summary);

		assertThat(tile(dashboard, "tile-visits")).isEqualTo(totals.get(0));
		assertThat(tile(dashboard, "tile-units")).isEqualTo(totals.get(2));
		assertThat(tile(dashboard, "tile-revenue")).isEqualTo(totals.get(3)).matches("\\$\\d{1,3}(,\\d{3})+\\.\\d\\d");
		Map<String, String> findings = summaryFindings(summary);
		assertThat(findings).containsKeys("OVERBILLED_UNITS", "TIMED_CODE_UNDER_8_MINUTES");
		assertThat(dashboardFindings(dashboard)).isEqualTo(findings);
	}

	@Test
	void thresholdTileCountsThePatientsTheThresholdPageShows() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard");
		String threshold = page(this.owner, "/clinic/threshold");
		long over = count(threshold, "<td>Over</td>");
		long near = count(threshold, "<td>Near</td>");

		assertThat(over).isGreaterThanOrEqualTo(1);
		assertThat(near).isGreaterThanOrEqualTo(1);
		assertThat(tile(dashboard, "tile-threshold")).isEqualTo(over + " over, " + near + " near");
	}

	@Test
	void addingAVisitMovesTheTiles() throws Exception {
		String before = page(this.owner, "/clinic/dashboard");
		long visitsBefore = Long.parseLong(tile(before, "tile-visits").replace(",", ""));
		BigDecimal revenueBefore = new BigDecimal(tile(before, "tile-revenue").replaceAll("[$,]", ""));
		long therapist = this.setup.therapists(clinic(this.owner))
			.stream()
			.filter((t) -> t.name().equals("Sam Roe"))
			.findFirst()
			.orElseThrow()
			.id();
		long payer = this.setup.payers(clinic(this.owner))
			.stream()
			.filter((p) -> p.name().equals("Acme Health"))
			.findFirst()
			.orElseThrow()
			.id();

		MvcResult saved = this.mvc
			.perform(post("/clinic/visits/new").param("date", this.today.toString())
				.param("patientRef", "DASH-NEW")
				.param("therapistId", Long.toString(therapist))
				.param("payerId", Long.toString(payer))
				.param("services[0].code", "97124")
				.param("services[0].minutes", "30")
				.with(csrf())
				.with(user(this.owner)))
			.andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String after = page(this.owner, "/clinic/dashboard");
		assertThat(Long.parseLong(tile(after, "tile-visits").replace(",", ""))).isEqualTo(visitsBefore + 1);
		assertThat(new BigDecimal(tile(after, "tile-revenue").replaceAll("[$,]", "")))
			.isEqualByComparingTo(revenueBefore.add(new BigDecimal("60.00")));
		assertThat(tile(after, "tile-visits")).isEqualTo(totals(page(this.owner, "/clinic/summary?" + month())).get(0));
	}

	@Test
	void tilesLinkToPagesOfTheMonthThatAnswer() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard").replace("&amp;", "&");
		String range = "from=" + this.first + "&to=" + this.today;

		assertThat(dashboard).contains("href=\"/clinic/visits?" + range + "\"")
			.contains("href=\"/clinic/summary?" + month() + "\"")
			.contains("href=\"/clinic/summary/findings/OVERBILLED_UNITS?" + month() + "\"")
			.contains("href=\"/clinic/threshold\"");
		Matcher links = Pattern.compile("<li class=\"tile\"[^>]*>\\s*<a href=\"([^\"]+)\"").matcher(dashboard);
		int checked = 0;
		while (links.find()) {
			page(this.owner, links.group(1));
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(6);
		String finding = page(this.owner, "/clinic/summary/findings/OVERBILLED_UNITS?" + month());
		assertThat(finding).contains("DASH-1");
	}

	@Test
	void showsTheLastTwelveMonthsOldestFirstWithTheirTable() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard");
		String chart = dashboard.substring(dashboard.indexOf("id=\"chart-months\""));
		chart = chart.substring(0, chart.indexOf("</svg>"));
		String table = dashboard.substring(dashboard.indexOf("id=\"months\""));
		table = table.substring(0, table.indexOf("</table>"));

		assertThat(chart).contains("<title>").contains("aria-label=\"");
		assertThat(count(chart, "class=\"chart-bar\"")).isEqualTo(12);
		assertThat(count(table, "<tr>")).isEqualTo(13);
		String oldest = this.first.minusMonths(11)
			.getMonth()
			.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
		String newest = this.first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
		assertThat(table.indexOf(oldest + " " + this.first.minusMonths(11).getYear()))
			.isLessThan(table.indexOf(newest + " " + this.today.getYear()))
			.isPositive();
		AtomicLong thisMonth = new AtomicLong();
		this.visits.forEach(clinic(this.owner), this.first, this.today, (visit) -> thisMonth.incrementAndGet());
		String lastRow = table.substring(table.lastIndexOf("<tr>"));
		assertThat(lastRow).contains(">" + thisMonth.get() + "<");
	}

	@Test
	void chartsWriteTextAtLeastTwelveUnitsHighWithDollarsAndThousandsSeparators() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard");
		String summary = page(this.owner, "/clinic/summary?" + month());

		for (String html : List.of(dashboard, summary)) {
			List<String> texts = new ArrayList<>();
			Matcher matcher = SVG_TEXT.matcher(html);
			while (matcher.find()) {
				texts.add(matcher.group());
			}
			assertThat(texts).isNotEmpty().allSatisfy((text) -> {
				Matcher size = FONT_SIZE.matcher(text);
				assertThat(size.find()).as(text).isTrue();
				assertThat(Integer.parseInt(size.group(1))).as(text).isGreaterThanOrEqualTo(12);
			});
			assertThat(html).contains("<svg").contains("width=\"100%\"").contains("viewBox=\"0 0 ");
		}
		String payers = summary.substring(summary.indexOf("id=\"chart-payers\""));
		payers = payers.substring(0, payers.indexOf("</svg>"));
		assertThat(payers).containsPattern(">\\$\\d{1,3}(,\\d{3})+\\.\\d\\d</text>");
		assertThat(dashboard).containsPattern("<td class=\"number\">\\$\\d{1,3}(,\\d{3})+\\.\\d\\d</td>");
	}

	@Test
	void drawsEachColumnChartTwiceANarrowerOneForPhonesWithTheSameColumns() throws Exception {
		String dashboard = page(this.owner, "/clinic/dashboard");
		String summary = page(this.owner,
				"/clinic/summary?from=" + this.first.minusMonths(11) + "&to=" + this.today + "&period=month");

		for (String chart : List.of(figure(dashboard, "chart-months"), figure(summary, "chart-units"))) {
			String wide = chart.substring(chart.indexOf("class=\"chart-wide\""),
					chart.indexOf("class=\"chart-phone\""));
			String phone = chart.substring(chart.indexOf("class=\"chart-phone\""));
			assertThat(wide).contains("viewBox=\"0 0 " + ColumnChart.WIDTH + " ")
				.contains("font-size=\"" + ColumnChart.FONT + "\"");
			assertThat(phone).contains("viewBox=\"0 0 " + ColumnChart.PHONE_WIDTH + " ")
				.contains("font-size=\"" + ColumnChart.PHONE_FONT + "\"")
				.contains("<title>");
			assertThat(count(wide, "class=\"chart-bar\"")).isEqualTo(12);
			assertThat(count(phone, "class=\"chart-bar\"")).isEqualTo(12);
			assertThat(count(phone, "class=\"chart-label\"")).isLessThan(count(wide, "class=\"chart-label\""))
				.isPositive();
		}
	}

	private static String figure(String html, String id) {
		String figure = html.substring(html.indexOf("id=\"" + id + "\""));
		return figure.substring(0, figure.indexOf("</figure>"));
	}

	@Test
	void summaryDrawsUnitsPerVisitAsColumnsOldestLeftWithEmptyMonthsInPlace() throws Exception {
		String summary = page(this.owner,
				"/clinic/summary?from=" + this.first.minusMonths(11) + "&to=" + this.today + "&period=month");
		String chart = summary.substring(summary.indexOf("id=\"chart-units\""));
		chart = chart.substring(0, chart.indexOf("</svg>"));
		List<String> labels = new ArrayList<>();
		Matcher matcher = Pattern.compile("class=\"chart-label\"[^>]*>([A-Z][a-z]{2})</text>").matcher(chart);
		while (matcher.find()) {
			labels.add(matcher.group(1));
		}
		List<String> expected = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			expected.add(this.first.minusMonths(i)
				.getMonth()
				.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US));
		}

		assertThat(labels).isEqualTo(expected);
		assertThat(count(chart, "class=\"chart-bar\"")).isEqualTo(12);
		assertThat(chart).contains(">–</text>").contains("<title>Units per visit over time</title>");
	}

	@Test
	void anEmptyClinicGetsLinksToEnterOrImportVisits() throws Exception {
		String dashboard = page(this.empty, "/clinic/dashboard");

		assertThat(dashboard).contains("id=\"dashboard-empty\"")
			.contains("href=\"/clinic/visits/new\"")
			.contains("href=\"/clinic/visits/import\"")
			.doesNotContain("sec:authorize")
			.doesNotContain("tile-visits")
			.doesNotContain("<svg")
			.doesNotContain("OTHER-SECRET");
		page(this.empty, "/clinic/visits/new");
		page(this.empty, "/clinic/visits/import");
	}

	@Test
	void anotherClinicsDataNeverAppears() throws Exception {
		AtomicLong own = new AtomicLong();
		this.visits.forEach(clinic(this.owner), this.first, this.today, (visit) -> own.incrementAndGet());

		String dashboard = page(this.owner, "/clinic/dashboard");
		String others = page(this.other, "/clinic/dashboard");

		assertThat(tile(dashboard, "tile-visits")).isEqualTo(Long.toString(own.get()));
		assertThat(tile(others, "tile-visits")).isEqualTo("3");
		assertThat(tile(others, "tile-threshold")).isEqualTo("0 over, 0 near");
		assertThat(dashboardFindings(others)).doesNotContainKey("OVERBILLED_UNITS");
		assertThat(dashboard).doesNotContain("OTHER-SECRET");
		assertThat(others).doesNotContain("DASH-");
	}

	@Test
	void homeSendsClinicOwnersToTheirDashboardInTheNavigation() throws Exception {
		MvcResult home = this.mvc.perform(get("/").with(user(this.owner))).andReturn();

		assertThat(home.getResponse().getStatus()).isEqualTo(302);
		assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/clinic/dashboard");
		assertThat(page(this.owner, "/clinic/dashboard")).contains("<a href=\"/clinic/dashboard\"")
			.contains(">Dashboard</a>");
	}

}
