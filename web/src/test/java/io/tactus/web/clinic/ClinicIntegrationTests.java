package io.tactus.web.clinic;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@TactusIntegrationTest
class ClinicIntegrationTests {

	private static final String RANGE = "?from=2026-01-01&to=2026-12-31&period=month";

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

	private TactusUser alpha;

	private TactusUser beta;

	@BeforeEach
	void owners() throws Exception {
		this.alpha = ClinicFixtures.owner(this.accounts, this.service, this.setup, "alpha-owner", "Alpha Clinic");
		this.beta = ClinicFixtures.owner(this.accounts, this.service, this.setup, "beta-owner", "Beta Clinic");
		if (this.visits.count(this.alpha.clinic().orElseThrow()) == 0) {
			importLog(this.alpha, "alpha.csv", ClinicFixtures.log("ALPHA"));
		}
	}

	private MvcResult importLog(TactusUser owner, String name, String content) throws Exception {
		return this.mvc
			.perform(multipart("/clinic/visits/import")
				.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(owner)))
			.andReturn();
	}

	private String page(TactusUser owner, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(owner))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Long> visitIds(TactusUser owner) {
		List<Long> ids = new ArrayList<>();
		this.visits.forEach(owner.clinic().orElseThrow(), java.time.LocalDate.of(2000, 1, 1),
				java.time.LocalDate.of(2100, 1, 1), (visit) -> ids.add(visit.id()));
		return ids;
	}

	@Test
	void importsAVisitLogGroupingLinesIntoVisits() {
		List<Long> ids = visitIds(this.alpha);

		assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
		StoredVisit first = this.visits.find(this.alpha.clinic().orElseThrow(), ids.get(0)).orElseThrow();
		assertThat(first.lines()).extracting((line) -> line.code()).containsExactly("97110", "97530");
		assertThat(first.patientRef()).isEqualTo("ALPHA-1");
	}

	@Test
	void recognisesTheSameFileAndDoesNotImportItTwice() throws Exception {
		MvcResult result = importLog(this.alpha, "again.csv", ClinicFixtures.log("ALPHA"));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("flash")).isEqualTo("clinic.import.duplicate");
		assertThat(visitIds(this.alpha)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void refusesTheWholeFileNamingRowColumnAndValue() throws Exception {
		String log = ClinicFixtures.HEADER + "2026-04-01,GOOD-1,Pat Lee,Medicare,97110,23,GP,,\n"
				+ "2026-04-02,GOOD-2,Nobody,Medicare,97110,23,GP,,\n"
				+ "2026-04-03,1980-04-12,Pat Lee,Medicare,97110,x,GP,,\n"
				+ "2026-04-04,GOOD-3,Pat Lee,Medicare,97999,23,GP,,\n";
		long before = this.visits.count(this.alpha.clinic().orElseThrow());

		MvcResult result = importLog(this.alpha, "bad.csv", log);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Nothing was imported: 4 problems")
			.contains("Nobody")
			.contains("No therapist of this name in your settings.")
			.contains("1980-04-12")
			.contains("This looks like a date.")
			.contains("Not a whole number.")
			.contains("97999");
		assertThat(this.visits.count(this.alpha.clinic().orElseThrow())).isEqualTo(before);
	}

	@Test
	void importsAnXlsxLog() throws Exception {
		TactusUser gamma = ClinicFixtures.owner(this.accounts, this.service, this.setup, "gamma-owner", "Gamma Clinic");
		byte[] template = this.mvc.perform(get("/clinic/visits/template.xlsx").with(user(gamma)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		MvcResult result = this.mvc
			.perform(multipart("/clinic/visits/import").file(new MockMultipartFile("file", "log.xlsx", null, template))
				.with(csrf())
				.with(user(gamma)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("importedVisits")).isEqualTo(1);
	}

	@Test
	void summaryWritesMoneyWithThousandsSeparators() throws Exception {
		TactusUser mu = ClinicFixtures.owner(this.accounts, this.service, this.setup, "mu-owner", "Mu Clinic");
		long clinic = mu.clinic().orElseThrow();
		long acme = this.setup.payers(clinic)
			.stream()
			.filter((payer) -> payer.name().equals("Acme Health"))
			.findFirst()
			.orElseThrow()
			.id();
		this.setup.setFee(clinic, acme, "97124", new BigDecimal("1204.91"));
		importLog(mu, "mu.csv", ClinicFixtures.log("MU"));

		String html = page(mu, "/clinic/summary" + RANGE);
		assertThat(html).contains("1 visit, 1 unit, about $1,204.91").doesNotContain("$1204.91");
	}

	@Test
	void summaryShowsUnitsRevenueFindingsAndBothRules() throws Exception {
		String html = page(this.alpha, "/clinic/summary" + RANGE);

		assertThat(html).contains("Pat Lee").contains("Sam Roe").contains("Acme Health").contains("97124");
		assertThat(html).contains("More units billed than the rule gives");
		assertThat(html).contains("CMS units").contains("AMA units");
		assertThat(page(this.alpha, "/clinic/summary/print" + RANGE)).contains("Pat Lee");
		assertThat(page(this.alpha, "/clinic/summary/findings/OVERBILLED_UNITS" + RANGE)).contains("ALPHA-2");
	}

	@Test
	void visitPageExplainsBothRulesFindingsAndPayment() throws Exception {
		long id = visitIds(this.alpha).get(1);

		String html = page(this.alpha, "/clinic/visits/" + id);

		assertThat(html).contains("ALPHA-2").contains("CMS 8-minute rule").contains("AMA midpoint rule");
		assertThat(html).contains("CMS 8-minute rule: 3 units; AMA midpoint rule: 3 units (the same).");
		assertThat(html).contains("More units billed than the rule gives").contains("$90.00");
		assertThat(html)
			.contains("97124 is billed for 4 units but the AMA midpoint rule gives 3 units: 1 unit too many")
			.contains("Bill 3 units of 97124.");
	}

	@Test
	void anotherClinicsOwnerCannotReachAnyOfIt() throws Exception {
		for (long id : visitIds(this.alpha)) {
			assertThat(this.mvc.perform(get("/clinic/visits/" + id).with(user(this.beta)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		assertThat(page(this.beta, "/clinic/visits")).doesNotContain("ALPHA-");
		assertThat(page(this.beta, "/clinic/summary" + RANGE)).doesNotContain("ALPHA-").doesNotContain("97110");
		assertThat(page(this.beta, "/clinic/summary/findings/OVERBILLED_UNITS" + RANGE)).doesNotContain("ALPHA-");
		assertThat(page(this.beta, "/clinic/visits.csv" + RANGE)).doesNotContain("ALPHA-");
		assertThat(page(this.beta, "/clinic/summary.csv" + RANGE)).doesNotContain("97110");
		assertThat(page(this.beta, "/clinic/threshold?year=2026")).doesNotContain("ALPHA-");
		assertThat(this.visits.find(this.beta.clinic().orElseThrow(), visitIds(this.alpha).get(0))).isEmpty();
	}

	@Test
	void sameFileInAnotherClinicIsImportedThere() throws Exception {
		TactusUser delta = ClinicFixtures.owner(this.accounts, this.service, this.setup, "delta-owner", "Delta Clinic");

		int alphaVisits = visitIds(this.alpha).size();

		MvcResult result = importLog(delta, "alpha.csv", ClinicFixtures.log("ALPHA"));

		assertThat(result.getFlashMap().get("flash")).isEqualTo("clinic.import.done");
		assertThat(visitIds(delta)).hasSize(3);
		assertThat(visitIds(this.alpha)).hasSize(alphaVisits);
	}

	@Test
	void feeCannotBeSetOnAnotherClinicsPayer() throws Exception {
		long alphaPayer = this.setup.payers(this.alpha.clinic().orElseThrow()).get(0).id();

		MvcResult result = this.mvc
			.perform(post("/clinic/settings/payers/" + alphaPayer + "/fees").param("code", "97110")
				.param("fee", "99.00")
				.with(csrf())
				.with(user(this.beta)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.setup.fees(this.alpha.clinic().orElseThrow())).noneMatch((fee) -> fee.code().equals("97110"));
	}

	@Test
	void settingsSayWhetherANameIsMissingOrTooLong() throws Exception {
		TactusUser kappa = ClinicFixtures.owner(this.accounts, this.service, this.setup, "kappa-owner", "Kappa Clinic");
		String empty = this.mvc
			.perform(post("/clinic/settings/therapists").param("name", " ")
				.param("providerType", "LMT")
				.with(csrf())
				.with(user(kappa)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("Enter a name.").doesNotContain("at most 80 characters");

		String tooLong = this.mvc
			.perform(post("/clinic/settings/payers").param("name", "P".repeat(81))
				.param("kind", "COMMERCIAL")
				.with(csrf())
				.with(user(kappa)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLong).contains("The name is too long: use at most 80 characters.")
			.doesNotContain("Enter a name.");
	}

	@Test
	void visitFormSaysWhetherModifiersOrBodyRegionAreWrong() throws Exception {
		TactusUser lambda = ClinicFixtures.owner(this.accounts, this.service, this.setup, "lambda-owner",
				"Lambda Clinic");
		long clinic = lambda.clinic().orElseThrow();
		String html = this.mvc
			.perform(post("/clinic/visits/new").param("date", "2026-05-04")
				.param("patientRef", "REGION-1")
				.param("therapistId", Long.toString(this.setup.therapists(clinic).get(0).id()))
				.param("payerId", Long.toString(this.setup.payers(clinic).get(0).id()))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.param("services[0].modifiers", "GP")
				.param("services[0].bodyRegion", "r".repeat(41))
				.param("services[1].code", "97140")
				.param("services[1].minutes", "10")
				.param("services[1].modifiers", "G-P")
				.with(csrf())
				.with(user(lambda)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Line 1: the body region is too long: use at most 40 characters.")
			.contains(
					"Line 2: modifiers are letters and digits separated by spaces or commas (at most 40 characters).");
	}

	@Test
	void settingsAddTherapistsAndRefuseBadInput() throws Exception {
		TactusUser epsilon = ClinicFixtures.owner(this.accounts, this.service, this.setup, "epsilon-owner",
				"Epsilon Clinic");
		MvcResult added = this.mvc
			.perform(post("/clinic/settings/therapists").param("name", "Kim Park")
				.param("providerType", "OT")
				.param("hourlyPay", "41.50")
				.param("state", "tx")
				.with(csrf())
				.with(user(epsilon)))
			.andReturn();
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.setup.therapists(epsilon.clinic().orElseThrow())).extracting(Therapist::name)
			.contains("Kim Park");

		String html = this.mvc
			.perform(post("/clinic/settings/therapists").param("name", "Kim Park")
				.param("providerType", "OT")
				.param("hourlyPay", "lots")
				.param("state", "XX")
				.with(csrf())
				.with(user(epsilon)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("This name is already in use in your clinic.")
			.contains("Enter an amount from 0 to 1000")
			.contains("Enter a two-letter US state code");

		String locality = this.mvc
			.perform(post("/clinic/settings/locality").param("state", "FL")
				.param("locality", "Miami")
				.with(csrf())
				.with(user(epsilon)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(locality).contains("Choose a Medicare locality from the list.");
	}

	@Test
	void visitFormStoresAVisitAndRefusesDatesAsPatientReferences() throws Exception {
		TactusUser zeta = ClinicFixtures.owner(this.accounts, this.service, this.setup, "zeta-owner", "Zeta Clinic");
		long clinic = zeta.clinic().orElseThrow();
		long therapist = this.setup.therapists(clinic).get(0).id();
		long payer = this.setup.payers(clinic).get(0).id();

		String refused = this.mvc
			.perform(post("/clinic/visits/new").param("date", "2026-05-04")
				.param("patientRef", "1970-01-31")
				.param("therapistId", Long.toString(therapist))
				.param("payerId", Long.toString(payer))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.with(csrf())
				.with(user(zeta)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("This looks like a date.");

		MvcResult saved = this.mvc
			.perform(post("/clinic/visits/new").param("date", "2026-05-04")
				.param("patientRef", "FORM-1")
				.param("therapistId", Long.toString(therapist))
				.param("payerId", Long.toString(payer))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.param("services[0].modifiers", "GP")
				.param("services[1].code", "97140")
				.param("services[1].minutes", "10")
				.param("services[1].modifiers", "gp, 59")
				.with(csrf())
				.with(user(zeta)))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String html = page(zeta, saved.getResponse().getRedirectedUrl());
		assertThat(html).contains("FORM-1").contains("97140").contains("59 GP");

		String visitPath = saved.getResponse().getRedirectedUrl();
		MvcResult deleted = this.mvc.perform(post(visitPath + "/delete").with(csrf()).with(user(zeta))).andReturn();
		assertThat(deleted.getFlashMap().get("flash")).as("a visit entered by hand, not imported")
			.isEqualTo("clinic.visit.deleted");
		assertThat(this.visits.count(clinic)).isZero();
	}

	@Test
	void aRepeatedModifierCountsOnceOnTheVisitFormAndInAnImport() throws Exception {
		TactusUser iota = ClinicFixtures.owner(this.accounts, this.service, this.setup, "iota-owner", "Iota Clinic");
		long clinic = iota.clinic().orElseThrow();
		MvcResult saved = this.mvc
			.perform(post("/clinic/visits/new").param("date", "2026-05-04")
				.param("patientRef", "TWICE-1")
				.param("therapistId", Long.toString(this.setup.therapists(clinic).get(0).id()))
				.param("payerId", Long.toString(this.setup.payers(clinic).get(0).id()))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.param("services[0].modifiers", "GP GP")
				.with(csrf())
				.with(user(iota)))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		long entered = visitIds(iota).get(0);
		assertThat(this.visits.find(clinic, entered).orElseThrow().lines().get(0).modifiers()).containsExactly("GP");

		String log = ClinicFixtures.HEADER + "2026-03-02,TWICE-2,Pat Lee,Medicare,97110,23,\"GP, gp\",,2\n";
		MvcResult imported = importLog(iota, "twice.csv", log);
		assertThat(imported.getResponse().getStatus()).isEqualTo(302);
		assertThat(imported.getFlashMap().get("flash")).isEqualTo("clinic.import.done");
		assertThat(visitIds(iota)).hasSize(2)
			.allSatisfy((id) -> assertThat(this.visits.find(clinic, id).orElseThrow().lines().get(0).modifiers())
				.containsExactly("GP"));
	}

	@Test
	void exportsSummaryAndLinesAsXlsxAndCsv() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/clinic/visits.xlsx" + RANGE).with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("visit_id");
			List<String> patients = new ArrayList<>();
			for (Row row : sheet) {
				patients.add(row.getCell(2).getStringCellValue());
			}
			assertThat(patients).contains("ALPHA-1", "ALPHA-2", "ALPHA-3");
		}
		byte[] summary = this.mvc.perform(get("/clinic/summary.xlsx" + RANGE).with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("total");
		}
		assertThat(page(this.alpha, "/clinic/summary.csv" + RANGE)).contains("payer,Acme Health");
		assertThat(page(this.alpha, "/clinic/visits.csv" + RANGE)).contains("ALPHA-3");
	}

	@Test
	void templatesHoldTheHeaderAndAnExampleWithTheClinicsNames() throws Exception {
		String csv = page(this.alpha, "/clinic/visits/template.csv");

		assertThat(csv).startsWith(ClinicFixtures.HEADER.strip()).contains("Pat Lee");
	}

	@Test
	void thresholdAndWagePagesShowTheClinicsData() throws Exception {
		assertThat(page(this.alpha, "/clinic/threshold?year=2026")).contains("ALPHA-1");
		assertThat(page(this.alpha, "/clinic/wages")).contains("Sam Roe").contains("31-9011");
	}

	@Test
	void showsTheWagePercentilesAsMoney() throws Exception {
		String html = page(this.alpha, "/clinic/wages").replaceAll("<[^>]+>", "");

		// Florida, May 2025: annual 30,310 ... 79,220 / 2,080 hours
		assertThat(html).contains("$14.57 · $20.88 · $23.88 · $28.70 · $38.09").doesNotContain(" 14.57 ·");
	}

	@Test
	void namesTheRowAndColumnOfProblemsTheEngineFinds() throws Exception {
		String log = "Code,Date,Patient_Ref,Therapist,Payer,Minutes,Colour\n"
				+ "97110,2026-04-01,ENG-1,Pat Lee,Medicare,,blue\n";

		MvcResult result = importLog(this.alpha, "engine.csv", log);

		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html).contains("Colour").contains("Unknown column header.");

		MvcResult engine = importLog(this.alpha, "engine2.csv",
				"code,date,patient_ref,therapist,payer,minutes\n97110,2026-04-01,ENG-1,Pat Lee,Medicare,\n");
		String refused = engine.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(engine.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused).contains("The billing engine refused the line").contains("<td>minutes</td>");
	}

	@Test
	void thresholdNamesTheVisitAtWhichAPatientCrossed() throws Exception {
		long first = visitIds(this.alpha).get(0);

		String html = page(this.alpha, "/clinic/threshold?year=2026&amount=50&perWeek=2");

		assertThat(html).contains("ALPHA-1").contains("Over").contains("/clinic/visits/" + first);
		assertThat(this.mvc.perform(get("/clinic/threshold?year=2026&amount=-5").with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() throws Exception {
		assertThat(this.mvc.perform(get("/clinic/summary?from=2026-12-31&to=2026-01-01").with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(get("/clinic/summary?from=yesterday").with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(page(this.alpha, "/clinic/summary?from=2026-03-01&to=2026-03-31&period=week"))
			.contains("2026-03-02");
	}

	@Test
	void deletingAnImportRemovesItsVisitsAndOnlyForItsClinic() throws Exception {
		TactusUser eta = ClinicFixtures.owner(this.accounts, this.service, this.setup, "eta-owner", "Eta Clinic");
		importLog(eta, "eta.csv", ClinicFixtures.log("ETA"));
		long importId = this.visits.imports(eta.clinic().orElseThrow()).get(0).id();
		assertThat(page(eta, "/clinic/visits/import")).contains("eta.csv");

		assertThat(this.mvc
			.perform(post("/clinic/visits/imports/" + importId + "/delete").with(csrf()).with(user(this.beta)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(visitIds(eta)).hasSize(3);

		MvcResult deleted = this.mvc
			.perform(post("/clinic/visits/imports/" + importId + "/delete").with(csrf()).with(user(eta)))
			.andReturn();
		assertThat(deleted.getFlashMap().get("flash")).isEqualTo("clinic.import.deleted");
		assertThat(visitIds(eta)).isEmpty();
		assertThat(importLog(eta, "eta.csv", ClinicFixtures.log("ETA")).getFlashMap().get("flash"))
			.isEqualTo("clinic.import.done");
	}

	@Test
	void deletingOneVisitRemovesItsLinesUpdatesItsImportAndOnlyForItsClinic() throws Exception {
		TactusUser theta = ClinicFixtures.owner(this.accounts, this.service, this.setup, "theta-owner", "Theta Clinic");
		importLog(theta, "theta.csv", ClinicFixtures.log("THETA"));
		long clinic = theta.clinic().orElseThrow();
		long id = visitIds(theta).get(0);
		int linesOfVisit = this.visits.find(clinic, id).orElseThrow().lines().size();
		ClinicVisits.ImportRecord before = this.visits.imports(clinic).get(0);
		assertThat(page(theta, "/clinic/visits/" + id)).contains("/clinic/visits/" + id + "/delete")
			.contains("data-confirm=\"Delete this visit");

		assertThat(this.mvc.perform(post("/clinic/visits/" + id + "/delete").with(csrf()).with(user(this.beta)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(post("/clinic/visits/" + id + "/delete").with(user(theta)))
			.andReturn()
			.getResponse()
			.getStatus()).as("no CSRF token").isEqualTo(403);
		assertThat(visitIds(theta)).hasSize(3);

		MvcResult deleted = this.mvc.perform(post("/clinic/visits/" + id + "/delete").with(csrf()).with(user(theta)))
			.andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/clinic/visits");
		assertThat(deleted.getFlashMap().get("flash")).isEqualTo("clinic.visit.deleted");
		assertThat(visitIds(theta)).hasSize(2).doesNotContain(id);
		assertThat(
				this.mvc.perform(get("/clinic/visits/" + id).with(user(theta))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		ClinicVisits.ImportRecord after = this.visits.imports(clinic).get(0);
		assertThat(after.visits()).isEqualTo(before.visits() - 1);
		assertThat(after.lines()).isEqualTo(before.lines() - linesOfVisit);
		assertThat(this.mvc.perform(post("/clinic/visits/" + id + "/delete").with(csrf()).with(user(theta)))
			.andReturn()
			.getResponse()
			.getStatus()).as("already deleted").isEqualTo(404);

		this.mvc.perform(post("/clinic/visits/imports/" + after.id() + "/delete").with(csrf()).with(user(theta)));
		assertThat(visitIds(theta)).isEmpty();
	}

}
