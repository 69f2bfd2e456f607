package io.tactus.web.clinic;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.core.billing.ServiceLine;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The visit list: every visit page by page, each filter, figures that agree with the
 * visit page, messages for bad filters and exports of exactly the filtered visits.
 */
@TactusIntegrationTest
class VisitListIntegrationTests {

	private static final Pattern ROW = Pattern.compile("<tr id=\"visit-(\\d+)\"");

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

	private TactusUser owner;

	private long clinic;

	private Therapist pat;

	private Therapist sam;

	private Payer medicare;

	private Payer acme;

	/** Pat Lee, Medicare, January. */
	private long a;

	/** Sam Roe, Acme, February: 97124 overbilled (4 units for 38 minutes). */
	private long b;

	/** Sam Roe, Acme, March: 97140 and 97124. */
	private long c;

	/** Pat Lee, Acme, April. */
	private long d;

	@BeforeEach
	void clinic() {
		this.owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "filter-owner", "Filter Clinic");
		this.clinic = this.owner.clinic().orElseThrow();
		this.pat = this.setup.therapists(this.clinic)
			.stream()
			.filter((t) -> t.name().equals("Pat Lee"))
			.findFirst()
			.orElseThrow();
		this.sam = this.setup.therapists(this.clinic)
			.stream()
			.filter((t) -> t.name().equals("Sam Roe"))
			.findFirst()
			.orElseThrow();
		this.medicare = this.setup.payers(this.clinic)
			.stream()
			.filter((p) -> p.name().equals("Medicare"))
			.findFirst()
			.orElseThrow();
		this.acme = this.setup.payers(this.clinic)
			.stream()
			.filter((p) -> p.name().equals("Acme Health"))
			.findFirst()
			.orElseThrow();
		if (this.visits.count(this.clinic) == 0) {
			insert(LocalDate.of(2026, 1, 10), "FLT-A1", this.pat, this.medicare, line("97110", 23, 2, "GP"));
			insert(LocalDate.of(2026, 2, 10), "FLT-B2", this.sam, this.acme, line("97124", 38, 4, ""));
			insert(LocalDate.of(2026, 3, 10), "xyz-C3", this.sam, this.acme, line("97140", 8, 1, ""),
					line("97124", 30, 2, ""));
			insert(LocalDate.of(2026, 4, 10), "FLT-D4", this.pat, this.acme, line("97530", 15, 1, "GP"));
		}
		List<StoredVisit> all = this.visits.newest(this.clinic, 10);
		this.d = all.get(0).id();
		this.c = all.get(1).id();
		this.b = all.get(2).id();
		this.a = all.get(3).id();
	}

	private static ServiceLine line(String code, int minutes, int billed, String modifier) {
		return new ServiceLine(code, OptionalInt.of(minutes), modifier.isEmpty() ? Set.of() : Set.of(modifier),
				Optional.empty(), OptionalInt.of(billed));
	}

	private long insert(LocalDate date, String patient, Therapist therapist, Payer payer, ServiceLine... lines) {
		return this.visits.insert(this.clinic, new NewVisit(date, patient, therapist.id(), payer.id(), List.of(lines)),
				null);
	}

	private String page(TactusUser user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Long> listed(String query) throws Exception {
		return ids(page(this.owner, "/clinic/visits" + query));
	}

	private static List<Long> ids(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	@Test
	void listsEveryVisitNewestFirstWithTheCount() throws Exception {
		String html = page(this.owner, "/clinic/visits");

		assertThat(ids(html)).containsExactly(this.d, this.c, this.b, this.a);
		assertThat(html).contains("4 visits match.");
	}

	@Test
	void filtersByDateRange() throws Exception {
		assertThat(listed("?from=2026-02-01&to=2026-03-31")).containsExactly(this.c, this.b);
		assertThat(listed("?from=2026-03-10")).containsExactly(this.d, this.c);
		assertThat(listed("?to=2026-02-10")).containsExactly(this.b, this.a);
	}

	@Test
	void filtersByTherapistAndPayer() throws Exception {
		assertThat(listed("?therapist=" + this.sam.id())).containsExactly(this.c, this.b);
		assertThat(listed("?payer=" + this.acme.id())).containsExactly(this.d, this.c, this.b);
		assertThat(listed("?payer=" + this.acme.id() + "&therapist=" + this.pat.id())).containsExactly(this.d);
	}

	@Test
	void filtersByCodeOfAnyLine() throws Exception {
		assertThat(listed("?code=97124")).containsExactly(this.c, this.b);
		assertThat(listed("?code=97140")).containsExactly(this.c);
		assertThat(listed("?code=97112")).isEmpty();
		assertThat(page(this.owner, "/clinic/visits?code=97112")).contains("No visits match these filters.")
			.contains("No visits match.");
	}

	@Test
	void searchesPatientReferencesIgnoringCase() throws Exception {
		assertThat(listed("?q=flt")).containsExactly(this.d, this.b, this.a);
		assertThat(listed("?q=c3")).containsExactly(this.c);
		assertThat(listed("?q=XYZ")).containsExactly(this.c);
		assertThat(listed("?q=FLT-B")).containsExactly(this.b);
	}

	@Test
	void filtersByWhetherTheEngineFindsSomething() throws Exception {
		List<Long> with = listed("?finding=yes");
		List<Long> without = listed("?finding=no");

		assertThat(with).contains(this.b).doesNotContainAnyElementsOf(without);
		assertThat(new LinkedHashSet<>(concat(with, without))).containsExactlyInAnyOrder(this.a, this.b, this.c,
				this.d);
		ClinicBilling.Claims claims = this.billing.claims(this.clinic);
		for (long id : with) {
			assertThat(findings(claims, id)).as("visit %d", id).isPositive();
		}
		for (long id : without) {
			assertThat(findings(claims, id)).as("visit %d", id).isZero();
		}
		assertThat(page(this.owner, "/clinic/visits?finding=yes")).contains(with.size() + " visit");
		assertThat(listed("?finding=yes&payer=" + this.acme.id() + "&code=97124")).contains(this.b);
	}

	private int findings(ClinicBilling.Claims claims, long id) {
		StoredVisit visit = this.visits.find(this.clinic, id).orElseThrow();
		return this.billing.evaluate(claims, visit).payers().findings().size();
	}

	private static List<Long> concat(List<Long> first, List<Long> second) {
		List<Long> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	@Test
	void aRowShowsTheFiguresOfTheVisitPage() throws Exception {
		String list = page(this.owner, "/clinic/visits");
		String row = list.substring(list.indexOf("<tr id=\"visit-" + this.b + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		String visit = page(this.owner, "/clinic/visits/" + this.b);

		String payment = between(visit, "<dd id=\"payment\">", "</dd>");
		assertThat(between(row, "<td class=\"number payment\">", "</td>")).isEqualTo(payment).startsWith("$");
		// Acme Health bills under the AMA rule
		Matcher units = Pattern.compile("AMA midpoint rule: (\\d+) units?").matcher(visit);
		assertThat(units.find()).isTrue();
		assertThat(between(row, "<td class=\"number units\">", "</td>")).isEqualTo(units.group(1)).isEqualTo("3");
		int findings = visit.split("<li class=\"finding ", -1).length - 1;
		assertThat(findings).isPositive();
		assertThat(row).contains("href=\"/clinic/visits/" + this.b + "#findings\">" + findings + "</a>");
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		from += start.length();
		return text.substring(from, text.indexOf(end, from)).strip();
	}

	@Test
	void badFilterValuesAreAnsweredWithMessages() throws Exception {
		assertBad("?from=2026-13-01", "from-error", "Enter the date as yyyy-mm-dd, in the years 2000 to 2100.");
		assertBad("?to=yesterday", "to-error", "Enter the date as yyyy-mm-dd, in the years 2000 to 2100.");
		assertBad("?from=2026-03-01&to=2026-02-01", "to-error", "The last day is before the first day.");
		assertBad("?therapist=abc", "therapist-error", "Choose one of your therapists.");
		assertBad("?payer=99999999", "payer-error", "Choose one of your payers.");
		assertBad("?code=97%25", "code-error", "A code is five letters or digits, e.g. 97110.");
		assertBad("?finding=maybe", "finding-error", "Choose with a finding, without findings, or any.");
		assertBad("?q=a%25b", "q-error", "Search with letters, digits and hyphens");
		assertBad(".csv?from=2026-03-01&to=2026-02-01", "to-error", "The last day is before the first day.");
		assertBad(".xlsx?code=x", "code-error", "A code is five letters or digits");
		String kept = this.mvc.perform(get("/clinic/visits?from=2026-03-01&to=2026-02-01&q=FLT").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kept).contains("value=\"2026-03-01\"").contains("value=\"2026-02-01\"").contains("value=\"FLT\"");
		assertThat(ids(kept)).isEmpty();
	}

	private void assertBad(String query, String id, String message) throws Exception {
		MvcResult result = this.mvc.perform(get("/clinic/visits" + query).with(user(this.owner))).andReturn();
		assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as(query).contains("id=\"" + id + "\"").contains(message).contains("id=\"filter-problems\"");
	}

	@Test
	void listLinksToTheExportsWithItsFilters() throws Exception {
		String html = page(this.owner, "/clinic/visits?payer=" + this.acme.id() + "&code=97124&finding=yes");

		assertThat(html)
			.contains("href=\"/clinic/visits.csv?payer=" + this.acme.id() + "&amp;code=97124&amp;finding=yes\"")
			.contains("href=\"/clinic/visits.xlsx?payer=" + this.acme.id() + "&amp;code=97124&amp;finding=yes\"");
		assertThat(page(this.owner, "/clinic/visits")).contains("href=\"/clinic/visits.csv\"");
	}

	@Test
	void csvExportHoldsExactlyTheFilteredVisitsWithTheirLines() throws Exception {
		String csv = page(this.owner, "/clinic/visits.csv?payer=" + this.acme.id() + "&from=2026-02-01&to=2026-03-31");

		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).extracting((r) -> Long.parseLong(r.get("visit_id")))
			.containsExactly(this.b, this.c, this.c);
		assertThat(records).extracting((r) -> r.get("code")).containsExactly("97124", "97140", "97124");
		CSVRecord overbilled = records.get(0);
		assertThat(overbilled.get("patient_ref")).isEqualTo("FLT-B2");
		assertThat(overbilled.get("visit_units")).isEqualTo("3");
		assertThat(Integer.parseInt(overbilled.get("visit_findings"))).isPositive();
		assertThat(overbilled.get("visit_codes")).isEqualTo("97124");

		String all = page(this.owner, "/clinic/visits.csv");
		assertThat(all.lines().skip(1).map((line) -> line.substring(0, line.indexOf(','))).distinct().count())
			.isEqualTo(4);
		List<Long> withFindings = listed("?finding=yes");
		String found = page(this.owner, "/clinic/visits.csv?finding=yes");
		assertThat(found.lines().skip(1).map((line) -> Long.parseLong(line.substring(0, line.indexOf(',')))).distinct())
			.containsExactlyInAnyOrderElementsOf(withFindings);
	}

	@Test
	void xlsxExportHoldsExactlyTheFilteredVisits() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/clinic/visits.xlsx?q=flt&therapist=" + this.pat.id()).with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("visit_id");
			assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) ClinicExports.VISIT_LINE_HEADER.size());
			List<Long> ids = new ArrayList<>();
			List<String> patients = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					ids.add((long) row.getCell(0).getNumericCellValue());
					patients.add(row.getCell(2).getStringCellValue());
				}
			}
			assertThat(ids).containsExactly(this.a, this.d);
			assertThat(patients).containsExactly("FLT-A1", "FLT-D4");
		}
	}

	@Test
	void pagesReachTheOldestVisitWithAndWithoutTheFindingFilter() throws Exception {
		TactusUser many = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pages-owner", "Pages Clinic");
		long manyClinic = many.clinic().orElseThrow();
		Therapist therapist = this.setup.therapists(manyClinic).get(0);
		Payer payer = this.setup.payers(manyClinic).get(0);
		List<Long> inserted = new ArrayList<>();
		if (this.visits.count(manyClinic) == 0) {
			for (int i = 0; i < 120; i++) {
				inserted.add(this.visits.insert(manyClinic,
						new NewVisit(LocalDate.of(2025, 1, 1).plusDays(i), "PG-" + i, therapist.id(), payer.id(),
								List.of(new ServiceLine("97110", OptionalInt.of(15), Set.of("GP"), Optional.empty(),
										OptionalInt.of(9)))),
						null));
			}
		}
		long oldest = inserted.get(0);
		long newest = inserted.get(119);

		String first = page(many, "/clinic/visits");
		assertThat(first).contains("120 visits match.")
			.contains("Page 1 of 3")
			.contains("href=\"/clinic/visits?page=1\"");
		assertThat(ids(first)).hasSize(50).startsWith(newest);
		String last = page(many, "/clinic/visits?page=2");
		assertThat(ids(last)).hasSize(20).endsWith(oldest).contains(inserted.get(19));
		assertThat(last).contains("href=\"/clinic/visits?page=1\"").doesNotContain("id=\"next-page\"");

		String found = page(many, "/clinic/visits?finding=yes&page=2");
		assertThat(found).contains("120 visits match.");
		assertThat(ids(found)).isEqualTo(ids(last));
		assertThat(ids(page(many, "/clinic/visits?finding=no"))).isEmpty();
		assertThat(ids(page(many, "/clinic/visits?page=3"))).isEmpty();
	}

}
