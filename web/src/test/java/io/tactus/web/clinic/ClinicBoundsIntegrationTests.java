package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
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

/**
 * The bounds on a visit's size: at most {@link VisitClaim#MAX_SERVICES} services in the
 * import and the form, and pages that stay up whatever is stored.
 */
@TactusIntegrationTest
class ClinicBoundsIntegrationTests {

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

	private TactusUser owner;

	@BeforeEach
	void owner() {
		this.owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "bounds-owner", "Bounds Clinic");
	}

	@Test
	void refusesAnImportedVisitWithMoreLinesThanOneVisitMayHave() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		for (int i = 0; i < 40_000; i++) {
			log.append("2026-05-04,BIG-1,Pat Lee,Medicare,97010,,GP,,\n");
		}
		log.append("2026-05-05,SMALL-1,Pat Lee,Medicare,97110,23,GP,,\n");
		long clinic = this.owner.clinic().orElseThrow();
		long before = this.visits.count(clinic);

		MvcResult result = this.mvc.perform(multipart("/clinic/visits/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", log.toString().getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user(this.owner))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Nothing was imported: 1 problems")
			.contains("More than 30 lines for one visit")
			.contains("2026-05-04, rows 2 to 40001")
			.contains("<td class=\"number\">32</td>")
			.contains("BIG-1");
		assertThat(this.visits.count(clinic)).isEqualTo(before);
	}

	@Test
	void countsLinesThatComeBackToAVisitAfterAnotherOne() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		for (int i = 0; i < VisitClaim.MAX_SERVICES; i++) {
			log.append("2026-05-07,BACK-1,Pat Lee,Medicare,97010,,GP,,\n");
		}
		log.append("2026-05-07,OTHER-1,Pat Lee,Medicare,97110,23,GP,,\n");
		log.append("2026-05-07,BACK-1,Pat Lee,Medicare,97010,,GP,,\n");
		long clinic = this.owner.clinic().orElseThrow();
		long before = this.visits.count(clinic);

		MvcResult result = this.mvc
			.perform(multipart("/clinic/visits/import").file(new MockMultipartFile("file", "back.csv", "text/csv",
					log.toString().getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(this.owner)))
			.andReturn();

		// 31 lines of BACK-1, the last one after a line of another visit (row 33)
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("More than 30 lines for one visit")
			.contains("2026-05-07, rows 2 to 33")
			.contains("BACK-1");
		assertThat(this.visits.count(clinic)).isEqualTo(before);
	}

	@Test
	void importsAVisitOfExactlyThirtyLines() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		for (int i = 0; i < VisitClaim.MAX_SERVICES; i++) {
			log.append("2026-05-06,THIRTY-1,Pat Lee,Medicare,97010,,GP,,\n");
		}

		MvcResult result = this.mvc
			.perform(multipart("/clinic/visits/import").file(new MockMultipartFile("file", "thirty.csv", "text/csv",
					log.toString().getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(this.owner)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void visitListAndVisitPageStayUpWithAnOversizedStoredVisit() throws Exception {
		long clinic = this.owner.clinic().orElseThrow();
		Therapist therapist = this.setup.therapists(clinic).get(0);
		Payer payer = this.setup.payers(clinic).get(0);
		List<ServiceLine> lines = new ArrayList<>(Collections.nCopies(40_000, ServiceLine.untimed("97010")));
		long id = this.visits.insert(clinic,
				new NewVisit(LocalDate.of(2026, 5, 7), "HUGE-1", therapist.id(), payer.id(), lines), null);

		for (String path : List.of("/clinic/visits", "/clinic/visits/" + id,
				"/clinic/summary?from=2026-01-01&to=2026-12-31&period=month", "/clinic/threshold?year=2026",
				"/clinic/visits.csv", "/clinic/summary.csv?from=2026-01-01&to=2026-12-31&period=month")) {
			MvcResult result = this.mvc.perform(get(path).with(user(this.owner))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		}
		assertThat(this.mvc.perform(get("/clinic/visits/" + id).with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("This visit cannot be evaluated: services = 40000");
		String edit = this.mvc.perform(get("/clinic/visits/" + id + "/edit").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("A visit has at most 30 services")
			.contains("name=\"services[29].code\"")
			.doesNotContain("name=\"services[30].code\"");
		assertThat(this.mvc.perform(get("/clinic/visits?code=97010").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("<tr id=\"visit-" + id + "\"")
			.contains("The billing engine cannot evaluate this stored visit.");
		this.visits.delete(clinic, id);
	}

	@Test
	void visitFormRefusesRowsBeyondTheCapWithAMessage() throws Exception {
		long clinic = this.owner.clinic().orElseThrow();
		long before = this.visits.count(clinic);
		for (String row : List.of("services[300].code", "services[30].code", "services[99999999999].code")) {
			MvcResult result = this.mvc
				.perform(post("/clinic/visits/new").with(csrf())
					.with(user(this.owner))
					.param("date", "2026-05-08")
					.param("patientRef", "FORM-1")
					.param("therapistId", Long.toString(this.setup.therapists(clinic).get(0).id()))
					.param("payerId", Long.toString(this.setup.payers(clinic).get(0).id()))
					.param("services[0].code", "97110")
					.param("services[0].minutes", "23")
					.param(row, "97140"))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(row).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(row)
				.contains("A visit has at most 30 services");
		}
		assertThat(this.visits.count(clinic)).isEqualTo(before);
	}

	@Test
	void visitFormAcceptsAGapBetweenRows() throws Exception {
		long clinic = this.owner.clinic().orElseThrow();
		MvcResult result = this.mvc
			.perform(post("/clinic/visits/new").with(csrf())
				.with(user(this.owner))
				.param("date", "2026-05-09")
				.param("patientRef", "GAP-1")
				.param("therapistId", Long.toString(this.setup.therapists(clinic).get(0).id()))
				.param("payerId", Long.toString(this.setup.payers(clinic).get(0).id()))
				.param("services[12].code", "97110")
				.param("services[12].minutes", "23"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/clinic/visits/");
	}

}
