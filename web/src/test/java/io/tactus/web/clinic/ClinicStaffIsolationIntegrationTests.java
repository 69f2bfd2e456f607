package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A clinic's billers and viewers see their own clinic only: another clinic's visits,
 * imports and staff are not found, and the list pages and exports show their own clinic's
 * visits alone. What each role may change follows its role.
 */
@TactusIntegrationTest
class ClinicStaffIsolationIntegrationTests {

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

	private TactusUser ownerA;

	private TactusUser ownerB;

	private TactusUser billerA;

	private TactusUser viewerA;

	private TactusUser billerB;

	@BeforeEach
	void clinics() throws Exception {
		this.ownerA = ClinicFixtures.owner(this.accounts, this.service, this.setup, "iso-owner-a", "Iso Clinic A");
		this.ownerB = ClinicFixtures.owner(this.accounts, this.service, this.setup, "iso-owner-b", "Iso Clinic B");
		this.billerA = TestAccounts.ensure(this.accounts, this.service, "iso-biller-a", Role.CLINIC_BILLER,
				"Iso Clinic A");
		this.viewerA = TestAccounts.ensure(this.accounts, this.service, "iso-viewer-a", Role.CLINIC_VIEWER,
				"Iso Clinic A");
		this.billerB = TestAccounts.ensure(this.accounts, this.service, "iso-biller-b", Role.CLINIC_BILLER,
				"Iso Clinic B");
		if (this.visits.count(clinic(this.ownerA)) == 0) {
			importLog(this.ownerA, "a.csv", ClinicFixtures.log("ISOA"));
		}
		if (this.visits.count(clinic(this.ownerB)) == 0) {
			importLog(this.ownerB, "b.csv", ClinicFixtures.log("ISOB"));
		}
	}

	@Test
	void staffBelongToTheirOwnersClinic() {
		assertThat(this.billerA.clinic()).isEqualTo(this.ownerA.clinic());
		assertThat(this.viewerA.clinic()).isEqualTo(this.ownerA.clinic());
		assertThat(this.billerB.clinic()).isEqualTo(this.ownerB.clinic());
	}

	@Test
	void billersAndViewersReadTheirOwnClinicsVisitsOnly() throws Exception {
		long visitA = visitIds(this.ownerA).get(0);
		long visitB = visitIds(this.ownerB).get(0);
		for (TactusUser staff : List.of(this.billerA, this.viewerA)) {
			assertThat(status(get("/clinic/visits/" + visitA), staff)).as(staff.username()).isEqualTo(200);
			assertThat(status(get("/clinic/visits/" + visitB), staff)).as(staff.username()).isEqualTo(404);
			for (String list : List.of("/clinic/visits", "/clinic/visits.csv", "/clinic/visits.xlsx",
					"/clinic/dashboard", "/clinic/summary?from=2026-01-01&to=2026-12-31&period=month")) {
				MockHttpServletResponse page = perform(get(list), staff);
				assertThat(page.getStatus()).as(list).isEqualTo(200);
				if (list.endsWith(".xlsx")) {
					continue;
				}
				String body = page.getContentAsString(StandardCharsets.UTF_8);
				assertThat(body).as(list).doesNotContain("ISOB-");
				if (list.startsWith("/clinic/visits")) {
					assertThat(body).as(list).contains("ISOA-1");
				}
			}
			for (String search : List.of("/clinic/visits?q=ISOB", "/clinic/visits.csv?q=ISOB")) {
				assertThat(perform(get(search), staff).getContentAsString(StandardCharsets.UTF_8)).as(search)
					.doesNotContain("ISOB-");
			}
		}
	}

	@Test
	void aBillerCannotDeleteAnotherClinicsVisitOrImport() throws Exception {
		long visitB = visitIds(this.ownerB).get(0);
		long importB = this.visits.imports(clinic(this.ownerB)).get(0).id();

		assertThat(status(post("/clinic/visits/" + visitB + "/delete").with(csrf()), this.billerA)).isEqualTo(404);
		assertThat(status(post("/clinic/visits/imports/" + importB + "/delete").with(csrf()), this.billerA))
			.isEqualTo(404);
		assertThat(status(get("/clinic/visits/" + visitB + "/edit"), this.billerA)).isEqualTo(404);
		assertThat(status(post("/clinic/visits/" + visitB + "/edit").param("date", "2026-03-02")
			.param("patientRef", "CHANGED-1")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "30")
			.with(csrf()), this.billerA)).isEqualTo(404);
		assertThat(this.visits.find(clinic(this.ownerB), visitB).orElseThrow().patientRef()).startsWith("ISOB-");
		assertThat(this.visits.find(clinic(this.ownerB), visitB)).isPresent();
	}

	@Test
	void aViewerChangesNothing() throws Exception {
		long visitA = visitIds(this.ownerA).get(0);
		long importA = this.visits.imports(clinic(this.ownerA)).get(0).id();

		assertThat(status(post("/clinic/visits/new").with(csrf()), this.viewerA)).isEqualTo(403);
		assertThat(status(post("/clinic/visits/" + visitA + "/delete").with(csrf()), this.viewerA)).isEqualTo(403);
		assertThat(status(post("/clinic/visits/imports/" + importA + "/delete").with(csrf()), this.viewerA))
			.isEqualTo(403);
		assertThat(status(get("/clinic/visits/new"), this.viewerA)).isEqualTo(403);
		assertThat(status(get("/clinic/visits/import"), this.viewerA)).isEqualTo(403);
		assertThat(status(get("/clinic/visits/" + visitA + "/edit"), this.viewerA)).isEqualTo(403);
		assertThat(status(post("/clinic/visits/" + visitA + "/edit").param("patientRef", "CHANGED").with(csrf()),
				this.viewerA))
			.isEqualTo(403);
		assertThat(this.visits.find(clinic(this.ownerA), visitA)).isPresent();
	}

	@Test
	void eachClinicRoleFindsItsPagesInTheNavigation() throws Exception {
		List<String> everyone = List.of("/clinic/dashboard", "/clinic/visits", "/clinic/summary", "/billing/calculator",
				"/wages", "/account");
		for (TactusUser member : List.of(this.ownerA, this.billerA, this.viewerA)) {
			List<String> ownerOnly = (member == this.billerA) ? List.of("/clinic/staff")
					: List.of("/clinic/settings", "/clinic/staff");
			String html = perform(get("/clinic/summary"), member).getContentAsString(StandardCharsets.UTF_8);
			String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
			for (String path : everyone) {
				assertThat(nav).as(member.username() + " " + path).contains("href=\"" + path + "\"");
			}
			if (member == this.billerA) {
				assertThat(nav).as("a biller reads the settings").contains("href=\"/clinic/settings\"");
			}
			for (String path : ownerOnly) {
				if (member == this.ownerA) {
					assertThat(nav).as(member.username() + " " + path).contains("href=\"" + path + "\"");
				}
				else {
					assertThat(nav).as(member.username() + " " + path).doesNotContain("href=\"" + path + "\"");
				}
			}
		}
	}

	@Test
	void pagesHideWhatTheRoleCannotUse() throws Exception {
		long visitA = visitIds(this.ownerA).get(0);
		String viewerList = perform(get("/clinic/visits"), this.viewerA).getContentAsString(StandardCharsets.UTF_8);
		String billerList = perform(get("/clinic/visits"), this.billerA).getContentAsString(StandardCharsets.UTF_8);
		String viewerVisit = perform(get("/clinic/visits/" + visitA), this.viewerA)
			.getContentAsString(StandardCharsets.UTF_8);
		String billerVisit = perform(get("/clinic/visits/" + visitA), this.billerA)
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(viewerList).doesNotContain("href=\"/clinic/visits/new\"")
			.doesNotContain("href=\"/clinic/visits/import\"")
			.doesNotContain("href=\"/clinic/settings\"")
			.doesNotContain("href=\"/clinic/staff\"");
		assertThat(billerList).contains("href=\"/clinic/visits/new\"")
			.contains("href=\"/clinic/visits/import\"")
			.doesNotContain("href=\"/clinic/staff\"");
		assertThat(viewerVisit).doesNotContain("id=\"delete-visit\"")
			.doesNotContain("id=\"edit-visit\"")
			.doesNotContain("id=\"edit-visit-top\"")
			.doesNotContain("/edit\"");
		assertThat(viewerList).doesNotContain("class=\"edit-visit\"");
		assertThat(billerVisit).contains("id=\"delete-visit\"")
			.contains("id=\"edit-visit\"")
			.contains("id=\"edit-visit-top\"");
		String ownerList = perform(get("/clinic/visits"), this.ownerA).getContentAsString(StandardCharsets.UTF_8);
		assertThat(ownerList).contains("href=\"/clinic/settings\"").contains("href=\"/clinic/staff\"");
	}

	@Test
	void aBillerMayEnterAndDeleteVisitsOfTheirClinicButNotTouchSettingsOrStaff() throws Exception {
		long before = this.visits.count(clinic(this.ownerA));
		MockHttpServletResponse imported = perform(multipart("/clinic/visits/import")
			.file(new MockMultipartFile("file", "biller.csv", "text/csv",
					ClinicFixtures.log("ISOA-BILLER").getBytes(StandardCharsets.UTF_8)))
			.with(csrf()), this.billerA);
		assertThat(imported.getStatus()).isEqualTo(302);
		assertThat(this.visits.count(clinic(this.ownerA))).isEqualTo(before + 3);
		long importId = this.visits.imports(clinic(this.ownerA))
			.stream()
			.filter((i) -> i.fileName().equals("biller.csv"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(status(post("/clinic/visits/imports/" + importId + "/delete").with(csrf()), this.billerA))
			.isEqualTo(302);
		assertThat(this.visits.count(clinic(this.ownerA))).isEqualTo(before);

		String page = perform(get("/clinic/settings"), this.billerA).getContentAsString(StandardCharsets.UTF_8);
		String settings = page.substring(page.indexOf("<section"), page.indexOf("</section>"));
		assertThat(settings).as("the settings, read only")
			.contains("id=\"settings-read-only\"")
			.contains("Pat Lee")
			.contains("Acme Health")
			.contains("30.00")
			.doesNotContain("<form")
			.doesNotContain("<input");
		assertThat(status(get("/clinic/settings"), this.viewerA)).isEqualTo(403);
		assertThat(status(post("/clinic/settings/payers").with(csrf()), this.billerA)).isEqualTo(403);
		assertThat(status(post("/clinic/settings/locality").with(csrf()), this.billerA)).isEqualTo(403);
		assertThat(status(get("/clinic/staff"), this.billerA)).isEqualTo(403);
		assertThat(
				status(post("/clinic/staff/" + this.billerB.id() + "/enabled").param("enabled", "false").with(csrf()),
						this.billerA))
			.isEqualTo(403);
	}

	@Test
	void anOwnerFindsNoStaffOfAnotherClinic() throws Exception {
		for (String action : List.of("enabled?enabled=false", "password", "role?role=CLINIC_VIEWER")) {
			assertThat(status(post("/clinic/staff/" + this.billerB.id() + "/" + action).with(csrf()), this.ownerA))
				.as(action)
				.isEqualTo(404);
		}
		TactusUser billerB = this.accounts.findByUsername("iso-biller-b").orElseThrow();
		assertThat(billerB.enabled()).isTrue();
		assertThat(billerB.role()).isEqualTo(Role.CLINIC_BILLER);
		assertThat(billerB.credentialsVersion()).isEqualTo(this.billerB.credentialsVersion());
		String staffPage = perform(get("/clinic/staff"), this.ownerA).getContentAsString(StandardCharsets.UTF_8);
		assertThat(staffPage).contains("iso-biller-a").contains("iso-viewer-a").doesNotContain("iso-biller-b");
	}

	private long clinic(TactusUser owner) {
		return owner.clinic().orElseThrow();
	}

	private void importLog(TactusUser owner, String name, String content) throws Exception {
		perform(multipart("/clinic/visits/import")
			.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()), owner);
	}

	private List<Long> visitIds(TactusUser owner) {
		List<Long> ids = new ArrayList<>();
		this.visits.forEach(clinic(owner), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
				(visit) -> ids.add(visit.id()));
		return ids;
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, TactusUser as)
			throws Exception {
		return this.mvc.perform(request.with(user(as))).andReturn().getResponse();
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request, TactusUser as) throws Exception {
		return perform(request, as).getStatus();
	}

}
