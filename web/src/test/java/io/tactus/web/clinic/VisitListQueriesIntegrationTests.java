package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.billing.ServiceLine;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit list reads a page of visits with their therapist, payer and lines in a fixed
 * number of statements, however many visits the page shows. Statements are counted by
 * H2's own query statistics ({@code information_schema.query_statistics}).
 */
@TactusIntegrationTest
class VisitListQueriesIntegrationTests {

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
	private JdbcClient jdbc;

	@Test
	void readsAPageOfVisitsInAFixedNumberOfStatements() throws Exception {
		TactusUser few = owner("list-few", 2);
		TactusUser full = owner("list-full", VisitListController.PAGE_SIZE + 10);

		long forFew = clinicStatements(few);
		long forFull = clinicStatements(full);

		assertThat(forFull).as("statements on clinic tables for a page of %d visits", VisitListController.PAGE_SIZE)
			.isEqualTo(forFew)
			.isLessThanOrEqualTo(2);
	}

	@Test
	void listsTheNewestVisitsFirstWithAllTheirLines() {
		long clinic = owner("list-order", 3).clinic().orElseThrow();

		List<StoredVisit> newest = this.visits.newest(clinic, 2);

		assertThat(newest).extracting(StoredVisit::date)
			.containsExactly(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 2));
		assertThat(newest).allSatisfy(
				(visit) -> assertThat(visit.lines()).extracting(ServiceLine::code).containsExactly("97110", "97140"));
	}

	private TactusUser owner(String name, int visitCount) {
		TactusUser owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, name, name + " Clinic");
		long clinic = owner.clinic().orElseThrow();
		long therapist = this.setup.therapists(clinic).get(0).id();
		long payer = this.setup.payers(clinic).get(0).id();
		for (int i = 0; i < visitCount; i++) {
			this.visits.insert(clinic, new NewVisit(LocalDate.of(2026, 1, 1).plusDays(i), "L-" + i, therapist, payer,
					List.of(ServiceLine.of("97110", 15), ServiceLine.of("97140", 8))), null);
		}
		return owner;
	}

	/**
	 * Statements on the clinic tables while the visit list is shown.
	 */
	private long clinicStatements(TactusUser owner) throws Exception {
		this.jdbc.sql("set query_statistics true").update();
		long before = executed();
		this.mvc.perform(get("/clinic/visits").with(user(owner))).andExpect(status().isOk());
		long after = executed();
		this.jdbc.sql("set query_statistics false").update();
		return after - before;
	}

	private long executed() {
		return this.jdbc.sql("""
				select coalesce(sum(execution_count), 0) from information_schema.query_statistics
				where (lower(sql_statement) like '%from clinic_visit%' or lower(sql_statement) like '%from (select%')
				and lower(sql_statement) not like '%query_statistics%'""").query(Long.class).single();
	}

}
