package io.tactus.web.billing;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@TactusIntegrationTest
class CalculatorIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	private TactusUser owner;

	private TactusUser seeker;

	@BeforeEach
	void users() {
		this.owner = TestAccounts.ensure(this.accounts, this.service, "billing.page.owner", Role.CLINIC_OWNER,
				"Billing Page Clinic");
		this.seeker = TestAccounts.ensure(this.accounts, this.service, "billing.page.seeker", Role.JOB_SEEKER, null);
	}

	@Test
	void showsAnEmptyFormWithSixRowsAndTheCatalog() throws Exception {
		String html = page(get("/billing/calculator"), this.owner);
		assertThat(html).contains("name=\"services[5].code\"")
			.doesNotContain("name=\"services[6].code\"")
			.contains("97110 · ")
			.contains("Add a row")
			.contains("How it works")
			.doesNotContain("id=\"billing-result\"");
	}

	@Test
	void showsTheCalculatorInTheNavigationOfOwnersAndAdminsButAnyoneMayUseIt() throws Exception {
		assertThat(page(get("/clinic/dashboard"), this.owner)).contains("href=\"/billing/calculator\"");
		assertThat(page(get("/"), this.seeker)).doesNotContain("href=\"/billing/calculator\"");
		TactusUser admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(page(get("/"), admin)).contains("href=\"/billing/calculator\"");
		assertThat(page(get("/billing/calculator"), this.seeker)).contains("Visit calculator");
	}

	@Test
	void addsARowWithoutJavaScript() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "COMMERCIAL")
			.param("provider", "PT")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "20")
			.param("addRow", "1"), this.owner);
		assertThat(html).contains("name=\"services[6].code\"")
			.doesNotContain("name=\"services[7].code\"")
			.contains("value=\"20\"")
			.doesNotContain("id=\"billing-result\"");
	}

	@Test
	void showsBothRulesSideBySideWithAFindingAndThePayment() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("date", "2026-03-02")
			.param("services[0].code", "97140")
			.param("services[0].minutes", "15")
			.param("services[0].modifiers", "GP")
			.param("services[1].code", "97530")
			.param("services[1].minutes", "15")
			.param("services[1].modifiers", "GP")
			.param("services[2].code", "")
			.param("calculate", "1"), this.owner);
		assertThat(html).contains("id=\"rule-CMS\"")
			.contains("id=\"rule-AMA\"")
			.contains("Both rules give the same total: 2.")
			.contains("The CMS 8-minute rule applies to Medicare Part B")
			.contains("data-kind=\"EDIT_PAIR_WITHOUT_MODIFIER\"")
			.contains("billing-severity-ERROR")
			.contains("billing-flagged")
			.contains("Expected payment")
			.contains("conversion factor $33.4009")
			.contains("rounded half-up to the cent");
	}

	@Test
	void statesTheDifferenceBetweenTheRules() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "COMMERCIAL")
			.param("provider", "PT")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "10")
			.param("services[1].code", "97112")
			.param("services[1].minutes", "10"), this.owner);
		assertThat(html).contains("Total units: CMS 8-minute rule 1, AMA midpoint rule 2; the AMA rule gives 1 more.");
	}

	@Test
	void saysWhenTheUserOverridesThePayersRule() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("rule", "AMA")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "10")
			.param("services[0].modifiers", "GP"), this.owner);
		assertThat(html).contains(
				"You chose the AMA midpoint rule; findings and payment use it. Medicare Part B usually uses the CMS 8-minute rule.");
	}

	@Test
	void paysMedicareRatesForTheWorkedExample() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("date", "2026-03-02")
			.param("services[0].code", "97530")
			.param("services[0].minutes", "15")
			.param("services[0].modifiers", "GP")
			.param("services[1].code", "97110")
			.param("services[1].minutes", "30")
			.param("services[1].modifiers", "gp"), this.owner);
		assertThat(html).contains("$35.07").contains("$44.42").contains(">$79.49<");
	}

	@Test
	void offersTheLocalitiesByStateAndPricesAtTheChosenOne() throws Exception {
		assertThat(page(get("/billing/calculator"), this.owner)).contains("<optgroup label=\"Alaska (AK)\">")
			.contains("<option value=\"02102-01\">ALASKA · 02102-01</option>")
			.contains("National (all GPCIs 1.0)");

		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("date", "2026-03-02")
			.param("locality", "02102-01")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "15")
			.param("services[0].modifiers", "GP"), this.owner);

		// (0.45 × 1.500 + 0.41 × 1.065 + 0.01 × 0.551) × 33.4009 = $37.31
		assertThat(html).contains(">$37.31<")
			.contains("GPCIs of ALASKA, AK (02102-01) for 2026: work 1.500, PE 1.065, MP 0.551")
			.containsPattern("value=\"02102-01\"\\s+selected=\"selected\"")
			.contains("RVU file release RVU26C");
	}

	@Test
	void namesTheLocalityFieldWhenItIsUnknownOrMalformed() throws Exception {
		String unknown = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("locality", "99999-01")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "15"), this.owner);
		String malformed = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("locality", "Alaska")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "15"), this.owner);

		assertThat(unknown).contains("id=\"locality-error\"")
			.contains("There is no Medicare locality &#39;99999-01&#39; in the CMS GPCI files.")
			.doesNotContain("id=\"billing-result\"");
		assertThat(malformed).contains("id=\"locality-error\"")
			.contains("it is written MAC-locality, e.g. 02102-01 (not &#39;Alaska&#39;)")
			.doesNotContain("id=\"billing-result\"");
	}

	@Test
	void explainsTheMedicareStatusOfEachLine() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("date", "2026-03-02")
			.param("services[0].code", "97010")
			.param("services[1].code", "97014")
			.param("services[2].code", "97039")
			.param("services[3].code", "98943")
			.param("services[4].code", "97026")
			.param("services[5].code", "97140")
			.param("services[5].minutes", "15"), this.owner);

		assertThat(html).contains("Medicare bundles 97010 (CMS status B)")
			.contains("Medicare does not accept 97014 (CMS status I, not valid for Medicare); bill G0283 instead.")
			.contains("97039 is carrier-priced (CMS status C)")
			.contains("Medicare does not cover 98943 (CMS status N)")
			.contains("Restricted coverage (CMS status R): Medicare pays 97026 only under special coverage rules")
			.contains("C (carrier-priced, e.g. 97039)");
		// 97140 is priced from the CMS RVUs: no "no rate" for it
		assertThat(html)
			.containsPattern("<td>97140</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">\\$\\d+\\.\\d\\d</td>");
	}

	@Test
	void aRepeatedModifierCountsOnce() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("provider", "PT")
			.param("date", "2026-03-02")
			.param("services[0].code", "97530")
			.param("services[0].minutes", "15")
			.param("services[0].modifiers", "GP GP")
			.param("services[1].code", "97110")
			.param("services[1].minutes", "30")
			.param("services[1].modifiers", "gp, GP"), this.owner);
		assertThat(html).contains(">$79.49<");
	}

	@Test
	void asksForAMissingChoiceWithoutEchoingNull() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MEDICARE_PART_B")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "23"), this.owner);
		assertThat(html).contains("id=\"provider-error\">Choose who treated the patient from the list.</p>")
			.doesNotContain("&#39;null&#39;");
	}

	@Test
	void showsNoRateForAPayerWithoutFeeSchedule() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "COMMERCIAL")
			.param("provider", "LMT")
			.param("services[0].code", "97124")
			.param("services[0].minutes", "38"), this.owner);
		assertThat(html).contains("no rate").contains("The AMA midpoint rule applies to Commercial plan");
	}

	@Test
	void showsEachInvalidFieldNextToItsRow() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "COMMERCIAL")
			.param("provider", "PT")
			.param("services[0].code", "99999")
			.param("services[0].minutes", "10")
			.param("services[1].code", "97110")
			.param("services[1].minutes", "-5")
			.param("services[2].code", "97140")
			.param("services[2].minutes", "1441")
			.param("services[3].code", "97112")
			.param("services[4].code", "97110")
			.param("services[4].minutes", "ten")
			.param("services[4].billedUnits", "-1")
			.param("services[4].modifiers", "GP 5999"), this.owner);
		assertThat(html).contains("We do not know the code &#39;99999&#39;")
			.containsPattern("value=\"99999\"\\s+selected=\"selected\"")
			.contains("Minutes cannot be negative (-5).")
			.contains("More than 24 hours (1440 minutes) in one line (1441).")
			.contains("Code 97112 is timed: enter its minutes.")
			.contains("Enter whole minutes (not &#39;ten&#39;).")
			.contains("Billed units cannot be negative (-1).")
			.contains("&#39;5999&#39; is not a modifier")
			.contains("aria-invalid=\"true\"")
			.doesNotContain("id=\"billing-result\"");
	}

	@Test
	void rejectsAVisitLongerThanADayAndBadVisitFields() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "MARS")
			.param("provider", "WIZARD")
			.param("rule", "NICE")
			.param("date", "March")
			.param("services[0].code", "97110")
			.param("services[0].minutes", "800")
			.param("services[1].code", "97140")
			.param("services[1].minutes", "800"), this.owner);
		assertThat(html).contains("The visit has 1600 minutes")
			.contains("Choose a payer from the list")
			.contains("Choose who treated the patient")
			.contains("Choose CMS, AMA or the payer&#39;s usual rule")
			.contains("Enter the date as year-month-day");
	}

	@Test
	void ignoresRowNumbersBeyondTheLimit() throws Exception {
		String html = page(get("/billing/calculator").param("payer", "COMMERCIAL")
			.param("provider", "PT")
			.param("services[5000].code", "97110")
			.param("services[2].code", "97010"), this.owner);
		assertThat(html).contains("id=\"billing-result\"").doesNotContain("name=\"services[7].code\"");
	}

	private String page(MockHttpServletRequestBuilder request, TactusUser user) throws Exception {
		var response = this.mvc.perform(request.with(user(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
