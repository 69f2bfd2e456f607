package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.tactus.core.codes.ProviderType;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

/**
 * Editing, removing, retiring and restoring therapists and payers, and saving one payer's
 * fees at once, on the settings page.
 */
@TactusIntegrationTest
class ClinicSettingsIntegrationTests {

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

	@Autowired
	private ClinicBilling billing;

	private TactusUser owner(String name) {
		return ClinicFixtures.owner(this.accounts, this.service, this.setup, name + "-owner", name + " Clinic");
	}

	private TactusUser ownerWithVisits(String name) throws Exception {
		TactusUser owner = owner(name);
		MvcResult imported = importLog(owner, ClinicFixtures.log(name.toUpperCase(java.util.Locale.ROOT)));
		assertThat(imported.getFlashMap().get("flash")).isEqualTo("clinic.import.done");
		return owner;
	}

	private MvcResult importLog(TactusUser owner, String content) throws Exception {
		return this.mvc
			.perform(multipart("/clinic/visits/import")
				.file(new MockMultipartFile("file", "log.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(owner)))
			.andReturn();
	}

	private MvcResult send(TactusUser owner, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(owner))).andReturn();
	}

	private String page(TactusUser owner, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(owner))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The settings page as the browser shows it after a redirect: in the session that
	 * holds the flash attributes.
	 */
	private String after(TactusUser owner, MvcResult redirect) throws Exception {
		assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
		assertThat(redirect.getResponse().getRedirectedUrl()).isEqualTo("/clinic/settings");
		assertThat(redirect.getResponse().getCookies()).isNotEmpty();
		return this.mvc.perform(get("/clinic/settings").cookie(redirect.getResponse().getCookies()).with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page without its CSRF tokens, which differ from request to request. */
	private static String withoutTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Therapist therapist(TactusUser owner, String name) {
		return this.setup.therapists(owner.clinic().orElseThrow())
			.stream()
			.filter((t) -> t.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private Payer payer(TactusUser owner, String name) {
		return this.setup.payers(owner.clinic().orElseThrow())
			.stream()
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, BigDecimal> fees(TactusUser owner, Payer payer) {
		return this.setup.fees(owner.clinic().orElseThrow(), payer.id());
	}

	@Test
	void editsATherapistInPlaceWithTheChecksOfAdding() throws Exception {
		TactusUser owner = owner("set-edit-t");
		long clinic = owner.clinic().orElseThrow();
		Therapist sam = therapist(owner, "Sam Roe");
		assertThat(page(owner, "/clinic/settings")).contains("form=\"therapist-" + sam.id() + "\"")
			.contains("value=\"Sam Roe\"");

		MvcResult saved = send(owner,
				post("/clinic/settings/therapists/" + sam.id()).param("name", " Sam Rowe ")
					.param("providerType", "OT")
					.param("hourlyPay", "31.25")
					.param("state", "tx"));

		assertThat(after(owner, saved)).contains("Therapist saved.");
		assertThat(this.setup.therapist(clinic, sam.id())).contains(new Therapist(sam.id(), "Sam Rowe", ProviderType.OT,
				java.util.Optional.of(new BigDecimal("31.25")), java.util.Optional.of("TX")));

		MvcResult taken = send(owner,
				post("/clinic/settings/therapists/" + sam.id()).param("name", "pat lee")
					.param("providerType", "PT")
					.param("hourlyPay", "-3")
					.param("state", "XX"));

		assertThat(taken.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(taken)).contains("Nothing was saved: correct what is marked below.")
			.contains("This name is already in use in your clinic.")
			.contains("Enter an amount from 0 to 1000 with at most 2 decimals.")
			.contains("Enter a two-letter US state code, such as FL.")
			.contains("value=\"pat lee\"");
		assertThat(therapist(owner, "Sam Rowe").type()).isEqualTo(ProviderType.OT);

		String empty = body(send(owner,
				post("/clinic/settings/therapists/" + sam.id()).param("name", "").param("providerType", "NURSE")));
		assertThat(empty).contains("Enter a name.").contains("Choose the provider type.");
		assertThat(therapist(owner, "Sam Rowe").hourlyPay()).contains(new BigDecimal("31.25"));
	}

	@Test
	void editsAPayerInPlaceAndRefusesANameInUse() throws Exception {
		TactusUser owner = owner("set-edit-p");
		Payer acme = payer(owner, "Acme Health");

		MvcResult saved = send(owner,
				post("/clinic/settings/payers/" + acme.id()).param("name", "Acme Care")
					.param("kind", "AUTO_PIP")
					.param("unitRule", "CMS"));

		assertThat(after(owner, saved)).contains("Payer saved.").contains("value=\"Acme Care\"");
		assertThat(this.setup.payer(owner.clinic().orElseThrow(), acme.id())).contains(new Payer(acme.id(), "Acme Care",
				io.tactus.core.billing.PayerKind.AUTO_PIP, io.tactus.core.billing.UnitRule.CMS));

		MvcResult taken = send(owner,
				post("/clinic/settings/payers/" + acme.id()).param("name", "MEDICARE")
					.param("kind", "COMMERCIAL")
					.param("unitRule", "NONE"));

		assertThat(taken.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(taken)).contains("This name is already in use in your clinic.").contains("Choose a unit rule.");
		assertThat(payer(owner, "Acme Care").kind()).isEqualTo(io.tactus.core.billing.PayerKind.AUTO_PIP);
	}

	@Test
	void removesATherapistAndAPayerThatNoVisitHas() throws Exception {
		TactusUser owner = owner("set-remove");
		long clinic = owner.clinic().orElseThrow();
		Therapist sam = therapist(owner, "Sam Roe");
		Payer acme = payer(owner, "Acme Health");
		assertThat(fees(owner, acme)).isNotEmpty();

		assertThat(after(owner, send(owner, post("/clinic/settings/therapists/" + sam.id() + "/delete"))))
			.contains("Therapist removed.")
			.doesNotContain("Sam Roe");
		assertThat(after(owner, send(owner, post("/clinic/settings/payers/" + acme.id() + "/delete"))))
			.contains("Payer removed, with its fees.")
			.doesNotContain("Acme Health");

		assertThat(this.setup.therapist(clinic, sam.id())).isEmpty();
		assertThat(this.setup.payer(clinic, acme.id())).isEmpty();
		assertThat(this.setup.fees(clinic)).isEmpty();
	}

	@Test
	void refusesToRemoveATherapistOrPayerThatVisitsHaveSayingHowMany() throws Exception {
		TactusUser owner = ownerWithVisits("set-in-use");
		long clinic = owner.clinic().orElseThrow();
		Therapist sam = therapist(owner, "Sam Roe");
		Therapist pat = therapist(owner, "Pat Lee");
		Payer acme = payer(owner, "Acme Health");

		String refusedSam = after(owner, send(owner, post("/clinic/settings/therapists/" + sam.id() + "/delete")));
		String refusedPat = after(owner, send(owner, post("/clinic/settings/therapists/" + pat.id() + "/delete")));
		String refusedAcme = after(owner, send(owner, post("/clinic/settings/payers/" + acme.id() + "/delete")));

		assertThat(refusedSam).contains("Sam Roe cannot be removed: 2 visits have this therapist. "
				+ "Retire the therapist instead to keep those visits as they are.");
		assertThat(refusedPat).contains("Pat Lee cannot be removed: 1 visit has this therapist.");
		assertThat(refusedAcme).contains("Acme Health cannot be removed: 2 visits have this payer. "
				+ "Retire the payer instead to keep those visits as they are.");
		assertThat(this.setup.therapists(clinic)).hasSize(2);
		assertThat(this.setup.payer(clinic, acme.id())).isPresent();
		assertThat(fees(owner, acme)).hasSize(2);
		assertThat(this.visits.count(clinic)).isEqualTo(3);
	}

	@Test
	void aRetiredTherapistIsNotOfferedForNewVisitsButStaysOnItsVisitsUntilRestored() throws Exception {
		TactusUser owner = ownerWithVisits("set-retire-t");
		long clinic = owner.clinic().orElseThrow();
		Therapist sam = therapist(owner, "Sam Roe");
		long payer = payer(owner, "Acme Health").id();
		long samsVisit = this.visits.newest(clinic, 10)
			.stream()
			.filter((v) -> v.therapist().id() == sam.id())
			.findFirst()
			.orElseThrow()
			.id();
		String summary = page(owner, "/clinic/summary.csv" + RANGE);
		String visitList = page(owner, "/clinic/visits.csv" + RANGE);
		String visit = withoutTokens(page(owner, "/clinic/visits/" + samsVisit));

		String settings = after(owner, send(owner, post("/clinic/settings/therapists/" + sam.id() + "/retire")));

		assertThat(settings).contains("Therapist retired")
			.contains("Retired therapists")
			.contains("/clinic/settings/therapists/" + sam.id() + "/restore")
			.doesNotContain("form=\"therapist-" + sam.id() + "\"");
		assertThat(page(owner, "/clinic/visits/new")).doesNotContain("Sam Roe").contains("Pat Lee");
		String refused = body(send(owner,
				post("/clinic/visits/new").param("date", "2026-05-04")
					.param("patientRef", "RET-1")
					.param("therapistId", Long.toString(sam.id()))
					.param("payerId", Long.toString(payer))
					.param("services[0].code", "97124")
					.param("services[0].minutes", "30")));
		assertThat(refused).contains("Choose one of your therapists.");
		MvcResult imported = importLog(owner,
				ClinicFixtures.HEADER + "2026-06-01,RET-2,Sam Roe,Acme Health,97124,30,,,\n");
		assertThat(imported.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(imported)).contains("This therapist is retired: restore them in the settings");
		assertThat(this.visits.count(clinic)).isEqualTo(3);
		assertThat(withoutTokens(page(owner, "/clinic/visits/" + samsVisit))).isEqualTo(visit).contains("Sam Roe");
		assertThat(page(owner, "/clinic/summary.csv" + RANGE)).isEqualTo(summary);
		assertThat(page(owner, "/clinic/visits.csv" + RANGE)).isEqualTo(visitList).contains("Sam Roe");

		String restored = after(owner, send(owner, post("/clinic/settings/therapists/" + sam.id() + "/restore")));

		assertThat(restored).contains("Therapist restored").doesNotContain("Retired therapists");
		assertThat(page(owner, "/clinic/visits/new")).contains("Sam Roe");
		assertThat(importLog(owner, ClinicFixtures.HEADER + "2026-06-01,RET-2,Sam Roe,Acme Health,97124,30,,,\n")
			.getFlashMap()
			.get("flash")).isEqualTo("clinic.import.done");
	}

	@Test
	void aRetiredPayerIsNotOfferedForNewVisitsAndItsNameIsNotTakenAgain() throws Exception {
		TactusUser owner = ownerWithVisits("set-retire-p");
		long clinic = owner.clinic().orElseThrow();
		Payer acme = payer(owner, "Acme Health");

		String settings = after(owner, send(owner, post("/clinic/settings/payers/" + acme.id() + "/retire")));

		assertThat(settings).contains("Payer retired")
			.contains("Retired payers")
			.contains("Fees of Acme Health (retired)");
		assertThat(this.setup.activePayers(clinic)).extracting(Payer::name).containsExactly("Medicare");
		assertThat(page(owner, "/clinic/visits/new")).doesNotContain("Acme Health");
		MvcResult imported = importLog(owner,
				ClinicFixtures.HEADER + "2026-06-01,RET-3,Pat Lee,Acme Health,97110,30,GP,,\n");
		assertThat(body(imported)).contains("This payer is retired: restore it in the settings");
		String added = body(
				send(owner, post("/clinic/settings/payers").param("name", "acme health").param("kind", "COMMERCIAL")));
		assertThat(added).contains("A retired one already has this name: restore it under Retired instead.");
		assertThat(page(owner, "/clinic/visits.csv" + RANGE)).contains("Acme Health");

		after(owner, send(owner, post("/clinic/settings/payers/" + acme.id() + "/restore")));
		assertThat(page(owner, "/clinic/visits/new")).contains("Acme Health");
	}

	@Test
	void savesOnePayersFeesAllOrNothing() throws Exception {
		TactusUser owner = owner("set-fees");
		Payer acme = payer(owner, "Acme Health");
		String description = this.billing.engine().catalog().find("97124").orElseThrow().description();
		String settings = page(owner, "/clinic/settings");
		assertThat(settings).contains("Fees of Acme Health")
			.contains(description)
			.contains("value=\"30.00\"")
			.contains("aria-label=\"Fee per unit for 97124 in dollars\"");

		MvcResult refused = send(owner,
				post("/clinic/settings/payers/" + acme.id() + "/fees")
					.param("code", "97124", "97140", "97110", "97999", "")
					.param("fee", "32.50", "", "abc", "20", ""));

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(refused)).contains("The fee for 97110, &quot;abc&quot;, is not valid")
			.contains("Code &quot;97999&quot; (fee &quot;20&quot;) is not in the code catalog.")
			.contains("value=\"32.50\"");
		assertThat(fees(owner, acme))
			.isEqualTo(Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("35.00")));

		MvcResult saved = send(owner,
				post("/clinic/settings/payers/" + acme.id() + "/fees").param("code", "97124", "97140", "97110")
					.param("fee", "32.5", "", "28"));

		assertThat(after(owner, saved)).contains("Fees saved.").contains("value=\"32.50\"");
		assertThat(fees(owner, acme))
			.isEqualTo(Map.of("97124", new BigDecimal("32.50"), "97110", new BigDecimal("28.00")));

		String twice = body(
				send(owner, post("/clinic/settings/payers/" + acme.id() + "/fees").param("code", "97124", "97124")
					.param("fee", "1", "2")));
		String uneven = body(
				send(owner, post("/clinic/settings/payers/" + acme.id() + "/fees").param("code", "97124", "97110")
					.param("fee", "1")));
		assertThat(twice).contains("Code 97124 is listed twice: keep one row.");
		assertThat(uneven).contains("The fees sent were incomplete");
		assertThat(fees(owner, acme)).containsEntry("97124", new BigDecimal("32.50"));
	}

	@Test
	void anotherClinicsTherapistOrPayerAnswers404ToEveryChange() throws Exception {
		TactusUser owner = ownerWithVisits("set-own");
		TactusUser other = owner("set-other");
		long clinic = owner.clinic().orElseThrow();
		long therapist = therapist(owner, "Sam Roe").id();
		Payer acme = payer(owner, "Acme Health");
		long payer = acme.id();
		List<MockHttpServletRequestBuilder> requests = List.of(
				post("/clinic/settings/therapists/" + therapist).param("name", "Taken Over")
					.param("providerType", "PT"),
				post("/clinic/settings/therapists/" + therapist + "/delete"),
				post("/clinic/settings/therapists/" + therapist + "/retire"),
				post("/clinic/settings/therapists/" + therapist + "/restore"),
				post("/clinic/settings/payers/" + payer).param("name", "Taken Over").param("kind", "CASH"),
				post("/clinic/settings/payers/" + payer + "/delete"),
				post("/clinic/settings/payers/" + payer + "/retire"),
				post("/clinic/settings/payers/" + payer + "/restore"),
				post("/clinic/settings/payers/" + payer + "/fees").param("code", "97124").param("fee", ""));

		for (MockHttpServletRequestBuilder request : requests) {
			assertThat(send(other, request).getResponse().getStatus()).isEqualTo(404);
		}

		assertThat(this.setup.activeTherapists(clinic)).extracting(Therapist::name)
			.containsExactly("Pat Lee", "Sam Roe");
		assertThat(this.setup.activePayers(clinic)).contains(acme);
		assertThat(fees(owner, acme)).containsKey("97124");
	}

}
