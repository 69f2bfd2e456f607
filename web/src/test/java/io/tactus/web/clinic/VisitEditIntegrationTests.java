package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.ServiceLine;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.Period;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a visit: the prefilled form, the same checks as a new visit, the change
 * recorded with the visit before and after (and deletes too), and the summary following.
 */
@TactusIntegrationTest
class VisitEditIntegrationTests {

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
	private VisitChanges changes;

	@Autowired
	private ClinicBilling billing;

	@Autowired
	private JdbcClient jdbc;

	private TactusUser owner;

	private long clinic;

	private Therapist pat;

	private Therapist sam;

	private Payer medicare;

	private Payer acme;

	@BeforeEach
	void clinic() {
		this.owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "edit-owner", "Edit Clinic");
		this.clinic = this.owner.clinic().orElseThrow();
		this.pat = therapist("Pat Lee");
		this.sam = therapist("Sam Roe");
		this.medicare = payer("Medicare");
		this.acme = payer("Acme Health");
	}

	private Therapist therapist(String name) {
		return this.setup.therapists(this.clinic)
			.stream()
			.filter((t) -> t.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private Payer payer(String name) {
		return this.setup.payers(this.clinic).stream().filter((p) -> p.name().equals(name)).findFirst().orElseThrow();
	}

	private long visit(LocalDate date, String patient) {
		return this.visits.insert(this.clinic, new NewVisit(date, patient, this.pat.id(), this.medicare.id(), List
			.of(new ServiceLine("97110", OptionalInt.of(23), Set.of("GP"), Optional.of("lumbar"), OptionalInt.of(2)))),
				null);
	}

	private String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder edit(long id, String date, String patient) {
		return edit(id, date, patient, "10");
	}

	private MockHttpServletRequestBuilder edit(long id, String date, String patient, String secondMinutes) {
		return post("/clinic/visits/" + id + "/edit").param("date", date)
			.param("patientRef", patient)
			.param("therapistId", Long.toString(this.sam.id()))
			.param("payerId", Long.toString(this.acme.id()))
			.param("services[0].code", "97124")
			.param("services[0].minutes", "38")
			.param("services[0].billedUnits", "4")
			.param("services[1].code", "97140")
			.param("services[1].minutes", secondMinutes)
			.param("services[1].modifiers", "59")
			.with(csrf());
	}

	@Test
	void editFormIsPrefilledWithTheVisit() throws Exception {
		long id = visit(LocalDate.of(2025, 4, 1), "PREFILL-1");

		String html = html(this.mvc.perform(get("/clinic/visits/" + id + "/edit").with(user(this.owner))).andReturn());

		assertThat(html).contains("Edit visit")
			.contains("action=\"/clinic/visits/" + id + "/edit\"")
			.contains("value=\"2025-04-01\"")
			.contains("value=\"PREFILL-1\"")
			.contains("<option value=\"" + this.pat.id() + "\" selected=\"selected\">Pat Lee</option>")
			.contains("<option value=\"" + this.medicare.id() + "\" selected=\"selected\">Medicare</option>")
			.contains("name=\"services[0].code\" value=\"97110\"")
			.contains("name=\"services[0].minutes\" value=\"23\"")
			.contains("name=\"services[0].modifiers\" value=\"GP\"")
			.contains("name=\"services[0].bodyRegion\" value=\"lumbar\"")
			.contains("name=\"services[0].billedUnits\" value=\"2\"")
			.contains("name=\"services[1].code\" value=\"\"");
	}

	@Test
	void editReplacesTheVisitAndRecordsItBeforeAndAfter() throws Exception {
		long id = visit(LocalDate.of(2025, 4, 2), "BEFORE-1");

		MvcResult saved = this.mvc.perform(edit(id, "2025-04-03", "AFTER-1").with(user(this.owner))).andReturn();

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/clinic/visits/" + id);
		assertThat(saved.getFlashMap().get("flash")).isEqualTo("clinic.visit.updated");
		StoredVisit after = this.visits.find(this.clinic, id).orElseThrow();
		assertThat(after.date()).isEqualTo(LocalDate.of(2025, 4, 3));
		assertThat(after.patientRef()).isEqualTo("AFTER-1");
		assertThat(after.therapist().id()).isEqualTo(this.sam.id());
		assertThat(after.payer().id()).isEqualTo(this.acme.id());
		assertThat(after.lines()).extracting(ServiceLine::code).containsExactly("97124", "97140");
		List<VisitChanges.Change> history = this.changes.history(this.clinic, id);
		assertThat(history).hasSize(1);
		VisitChanges.Change change = history.get(0);
		assertThat(change.action()).isEqualTo(VisitChanges.Action.EDITED);
		assertThat(change.changedBy()).isEqualTo("edit-owner");
		assertThat(change.before())
			.isEqualTo("2025-04-02 · BEFORE-1 · Pat Lee · Medicare · 97110 23 min 2 units GP (lumbar)");
		assertThat(change.after())
			.contains("2025-04-03 · AFTER-1 · Sam Roe · Acme Health · 97124 38 min 4 units; 97140 10 min 59");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = ? and subject = ?")
			.params("clinic.visit.edited", "visit " + id)
			.query(Long.class)
			.single()).isEqualTo(1);

		String page = html(this.mvc.perform(get("/clinic/visits/" + id).with(user(this.owner))).andReturn());
		assertThat(page).contains("id=\"changes\"")
			.contains("edit-owner")
			.contains("2025-04-02 · BEFORE-1 · Pat Lee")
			.contains("2025-04-03 · AFTER-1 · Sam Roe")
			.contains("href=\"/clinic/visits/" + id + "/edit\"");
	}

	@Test
	void editWithErrorsKeepsTheInputAndChangesNothing() throws Exception {
		long id = visit(LocalDate.of(2025, 4, 4), "KEEP-1");

		MvcResult result = this.mvc.perform(edit(id, "2025-04-05", "KEEP-2", "lots").with(user(this.owner)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result)).contains("Line 2: minutes must be a whole number from 0 to 1440.")
			.contains("value=\"KEEP-2\"")
			.contains("value=\"lots\"")
			.contains("action=\"/clinic/visits/" + id + "/edit\"");
		MvcResult date = this.mvc.perform(edit(id, "04/05/2025", "1980-04-12").with(user(this.owner))).andReturn();
		assertThat(html(date)).contains("Enter the date as yyyy-mm-dd.").contains("This looks like a date.");
		StoredVisit unchanged = this.visits.find(this.clinic, id).orElseThrow();
		assertThat(unchanged.patientRef()).isEqualTo("KEEP-1");
		assertThat(unchanged.lines()).extracting(ServiceLine::code).containsExactly("97110");
		assertThat(this.changes.history(this.clinic, id)).isEmpty();
	}

	@Test
	void anotherClinicsVisitIsNotFoundForEditing() throws Exception {
		long id = visit(LocalDate.of(2025, 4, 6), "MINE-1");
		TactusUser other = ClinicFixtures.owner(this.accounts, this.service, this.setup, "edit-other-owner",
				"Edit Other Clinic");

		assertThat(this.mvc.perform(get("/clinic/visits/" + id + "/edit").with(user(other)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(edit(id, "2025-04-07", "THEIRS-1").with(user(other)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.visits.find(this.clinic, id).orElseThrow().patientRef()).isEqualTo("MINE-1");
		assertThat(this.changes.history(this.clinic, id)).isEmpty();
	}

	@Test
	void summaryFollowsAnEditAtOnce() throws Exception {
		LocalDate day = LocalDate.of(2024, 6, 3);
		long id = visit(day, "SUM-1");
		ClinicSummary before = this.billing.summary(this.clinic, day, day, Period.MONTH);
		assertThat(before.total().visits()).isEqualTo(1);
		assertThat(before.total().units()).isEqualTo(2);
		assertThat(before.byTherapist()).extracting((row) -> row.key()).containsExactly("Pat Lee");

		this.mvc.perform(edit(id, day.toString(), "SUM-1").with(user(this.owner)));

		ClinicSummary after = this.billing.summary(this.clinic, day, day, Period.MONTH);
		assertThat(after.total().visits()).isEqualTo(1);
		// AMA rule (Acme Health): 38 minutes of 97124 give 3 units, 10 minutes of 97140
		// one
		assertThat(after.total().units()).isEqualTo(4);
		assertThat(after.byTherapist()).extracting((row) -> row.key()).containsExactly("Sam Roe");
		assertThat(after.byCode()).extracting((row) -> row.key()).containsExactlyInAnyOrder("97124", "97140");
		assertThat(html(this.mvc.perform(get("/clinic/summary?from=2024-06-03&to=2024-06-03").with(user(this.owner)))
			.andReturn())).contains("Sam Roe").contains("97124");
	}

	@Test
	void deleteIsRecordedInTheHistory() throws Exception {
		long id = visit(LocalDate.of(2025, 4, 8), "GONE-1");

		this.mvc.perform(post("/clinic/visits/" + id + "/delete").with(csrf()).with(user(this.owner)));

		assertThat(this.visits.find(this.clinic, id)).isEmpty();
		List<VisitChanges.Change> history = this.changes.history(this.clinic, id);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).action()).isEqualTo(VisitChanges.Action.DELETED);
		assertThat(history.get(0).before()).startsWith("2025-04-08 · GONE-1 · Pat Lee · Medicare · 97110");
		assertThat(history.get(0).after()).isEmpty();
		assertThat(this.jdbc.sql("select detail from audit_event where action = ? and subject = ?")
			.params("clinic.visit.deleted", "visit " + id)
			.query(String.class)
			.single()).contains("GONE-1");
	}

	@Test
	void anEditedVisitKeepsItsRetiredTherapistAndPayerWhileNewVisitsAreRefusedThem() throws Exception {
		long id = visit(LocalDate.of(2025, 5, 2), "RETIRED-1");
		assertThat(this.setup.retireTherapist(this.clinic, this.pat.id(), Instant.now())).isTrue();
		assertThat(this.setup.retirePayer(this.clinic, this.medicare.id(), Instant.now())).isTrue();

		String form = html(this.mvc.perform(get("/clinic/visits/" + id + "/edit").with(user(this.owner))).andReturn());
		assertThat(form).contains("<option value=\"" + this.pat.id() + "\" selected=\"selected\">Pat Lee</option>")
			.contains("<option value=\"" + this.medicare.id() + "\" selected=\"selected\">Medicare</option>");
		this.mvc
			.perform(post("/clinic/visits/" + id + "/edit").param("date", "2025-05-03")
				.param("patientRef", "RETIRED-1")
				.param("therapistId", Long.toString(this.pat.id()))
				.param("payerId", Long.toString(this.medicare.id()))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.param("services[0].modifiers", "GP")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.visits.find(this.clinic, id).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 5, 3));

		String newForm = html(this.mvc.perform(get("/clinic/visits/new").with(user(this.owner))).andReturn());
		assertThat(newForm).doesNotContain(">Pat Lee</option>").doesNotContain(">Medicare</option>");
		String refused = html(this.mvc
			.perform(post("/clinic/visits/new").param("date", "2025-05-03")
				.param("patientRef", "RETIRED-2")
				.param("therapistId", Long.toString(this.pat.id()))
				.param("payerId", Long.toString(this.medicare.id()))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "30")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused).contains("Choose one of your therapists.").contains("Choose one of your payers.");
	}

	@Test
	void anImportedVisitCanBeEditedAndItsImportCountsFollow() throws Exception {
		TactusUser importer = ClinicFixtures.owner(this.accounts, this.service, this.setup, "edit-import-owner",
				"Edit Import Clinic");
		long importerClinic = importer.clinic().orElseThrow();
		this.mvc
			.perform(multipart("/clinic/visits/import")
				.file(new MockMultipartFile("file", "edit.csv", "text/csv",
						ClinicFixtures.log("EDITIMP").getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(importer)));
		ClinicVisits.ImportRecord before = this.visits.imports(importerClinic).get(0);
		StoredVisit imported = this.visits.newest(importerClinic, 3)
			.stream()
			.filter((v) -> v.patientRef().equals("EDITIMP-1"))
			.findFirst()
			.orElseThrow();
		Therapist roe = this.setup.therapists(importerClinic)
			.stream()
			.filter((t) -> t.name().equals("Sam Roe"))
			.findFirst()
			.orElseThrow();

		MvcResult result = this.mvc
			.perform(post("/clinic/visits/" + imported.id() + "/edit").param("date", "2026-03-02")
				.param("patientRef", "EDITIMP-1")
				.param("therapistId", Long.toString(roe.id()))
				.param("payerId", Long.toString(imported.payer().id()))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "23")
				.param("services[1].code", "97530")
				.param("services[1].minutes", "15")
				.param("services[2].code", "97140")
				.param("services[2].minutes", "8")
				.with(csrf())
				.with(user(importer)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.visits.find(importerClinic, imported.id()).orElseThrow().lines()).hasSize(3);
		ClinicVisits.ImportRecord after = this.visits.imports(importerClinic).get(0);
		assertThat(after.visits()).isEqualTo(before.visits());
		assertThat(after.lines()).isEqualTo(before.lines() + 1);
	}

}
