package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tactus.core.billing.LocalityId;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * A clinic's Medicare locality, picked from the CMS GPCI list, prices its Medicare
 * visits; the summary and the KX threshold count the CMS amounts of every active code.
 */
@TactusIntegrationTest
class ClinicLocalityIntegrationTests {

	/** One Medicare visit by a PT: 97110 for 15 minutes on 2026-03-02. */
	private static final String ONE_VISIT = ClinicFixtures.HEADER + "2026-03-02,LOC-1,Pat Lee,Medicare,97110,15,GP,,\n";

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

	private TactusUser owner(String name) {
		return ClinicFixtures.owner(this.accounts, this.service, this.setup, name, name + " Clinic");
	}

	private void importLog(TactusUser owner, String content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/clinic/visits/import")
				.file(new MockMultipartFile("file", "log.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(owner)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
	}

	private String page(TactusUser owner, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(owner))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long firstVisit(TactusUser owner) {
		List<Long> ids = new ArrayList<>();
		this.visits.forEach(owner.clinic().orElseThrow(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
				(visit) -> ids.add(visit.id()));
		return ids.get(0);
	}

	private MvcResult saveLocality(TactusUser owner, String state, String locality) throws Exception {
		return this.mvc
			.perform(post("/clinic/settings/locality").param("state", state)
				.param("locality", locality)
				.with(csrf())
				.with(user(owner)))
			.andReturn();
	}

	@Test
	void settingsOfferTheCmsLocalitiesGroupedByState() throws Exception {
		String html = page(owner("loc-picker"), "/clinic/settings");

		assertThat(html).contains("<optgroup label=\"Florida (FL)\">")
			.contains("<option value=\"09102-04\">FL — MIAMI · 09102-04</option>")
			.contains("<optgroup label=\"Alaska (AK)\">")
			.contains("National (all GPCIs 1.000)")
			.contains("Current locality: none, national GPCIs (1.000 each).")
			.doesNotContain("name=\"work\"");
	}

	@Test
	void aPickedLocalityPricesTheClinicsMedicareVisitsAndNoOtherClinics() throws Exception {
		TactusUser alaska = owner("loc-alaska");
		TactusUser other = owner("loc-other");
		importLog(alaska, ONE_VISIT);
		importLog(other, ONE_VISIT);

		MvcResult saved = saveLocality(alaska, "AK", "02102-01");

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getFlashMap().get("flash")).isEqualTo("clinic.settings.localitySaved");
		assertThat(this.setup.locality(alaska.clinic().orElseThrow()).medicare())
			.contains(LocalityId.parse("02102-01").orElseThrow());
		assertThat(page(alaska, "/clinic/settings")).contains("Current locality: ALASKA, AK (02102-01).")
			.containsPattern("value=\"02102-01\"\\s+selected=\"selected\"");
		// (0.45 × 1.500 + 0.41 × 1.065 + 0.01 × 0.551) × 33.4009 = $37.31; national 0.87
		// ×
		// 33.4009 = $29.06
		assertThat(page(alaska, "/clinic/visits/" + firstVisit(alaska))).contains("$37.31")
			.contains("GPCIs of ALASKA, AK (02102-01) for 2026");
		assertThat(page(other, "/clinic/visits/" + firstVisit(other))).contains("$29.06")
			.contains("national GPCIs (1.0)")
			.doesNotContain("$37.31");
		assertThat(this.setup.locality(other.clinic().orElseThrow()).medicare()).isEmpty();
	}

	@Test
	void refusesALocalityNotInTheCmsListAndKeepsTheOldOne() throws Exception {
		TactusUser owner = owner("loc-refused");
		saveLocality(owner, "FL", "09102-04");

		for (String bad : List.of("99999-01", "Miami", "09102-4")) {
			MvcResult refused = saveLocality(owner, "FL", bad);
			assertThat(refused.getResponse().getStatus()).isEqualTo(200);
			assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Choose a Medicare locality from the list.")
				.contains("id=\"locality-error\"");
		}
		assertThat(this.setup.locality(owner.clinic().orElseThrow()).medicare())
			.contains(LocalityId.parse("09102-04").orElseThrow());
	}

	@Test
	void gpcisTypedBeforeLocalitiesKeepPricingUntilALocalityIsPicked() throws Exception {
		TactusUser owner = owner("loc-typed");
		long clinic = owner.clinic().orElseThrow();
		importLog(owner, ONE_VISIT);
		this.jdbc.sql("delete from clinic_settings where clinic_id = :c").param("c", clinic).update();
		this.jdbc.sql("""
				insert into clinic_settings (clinic_id, state, gpci_locality, gpci_work, gpci_pe, gpci_mp)
				values (:c, 'FL', 'Miami by hand', 1.100, 0.900, 1.200)""").param("c", clinic).update();

		// (0.45 × 1.1 + 0.41 × 0.9 + 0.01 × 1.2) × 33.4009 = $29.26
		assertThat(page(owner, "/clinic/visits/" + firstVisit(owner))).contains("$29.26")
			.contains("GPCIs entered by hand (Miami by hand)");
		assertThat(page(owner, "/clinic/settings"))
			.contains("Your clinic still uses GPCIs typed by hand (Miami by hand: work 1.100");

		saveLocality(owner, "FL", "");

		assertThat(this.setup.locality(clinic).typed()).isEmpty();
		assertThat(page(owner, "/clinic/visits/" + firstVisit(owner))).contains("$29.06");
	}

	@Test
	void summaryAndKxThresholdCountManualTherapyAndMassageAtCmsRates() throws Exception {
		TactusUser owner = owner("loc-kx");
		importLog(owner,
				ClinicFixtures.HEADER + "2026-03-02,KX-1,Pat Lee,Medicare,97140,15,GP 59,,\n"
						+ "2026-03-02,KX-1,Pat Lee,Medicare,97124,15,GP,,\n"
						+ "2026-03-02,KX-1,Pat Lee,Medicare,97010,,GP,,\n");

		// 2026 national: 97124 paid in full 0.89 × 33.4009 = $29.73; 97140 with its PE
		// halved (0.43 + 0.39 / 2 + 0.01) × 33.4009 = $21.21; 97010 is bundled, $0.00;
		// visit $50.94
		String summary = page(owner, "/clinic/summary?from=2026-01-01&to=2026-12-31&period=month");
		assertThat(summary).contains("$50.94").contains("$29.73").contains("$21.21");
		String threshold = page(owner, "/clinic/threshold?year=2026");
		assertThat(threshold).contains("KX-1").contains("$50.94");
		assertThat(page(owner, "/clinic/visits/" + firstVisit(owner))).contains("$50.94").doesNotContain("at least");
	}

}
