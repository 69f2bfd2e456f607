package io.tactus.web.billing;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TactusIntegrationTest
class BillingApiIntegrationTests {

	private static final String OWNER = "billing.api.owner";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@BeforeEach
	void owner() {
		TestAccounts.ensure(this.accounts, this.service, OWNER, Role.CLINIC_OWNER, "Billing API Clinic");
	}

	/** Worked cases from shared/billing/cases.json (CMS manual, Premera, AAPC). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					cms-manual-ex1      | CMS | [{"code":"97112","minutes":24},{"code":"97110","minutes":23}] | 3 | 97112=2,97110=1
					cms-manual-ex3      | CMS | [{"code":"97110","minutes":33},{"code":"97140","minutes":7}]  | 3 | 97110=2,97140=1
					ama-vs-cms-ex3      | AMA | [{"code":"97110","minutes":33},{"code":"97140","minutes":7}]  | 2 | 97110=2,97140=0
					cms-10-plus-10      | CMS | [{"code":"97110","minutes":10},{"code":"97140","minutes":10}] | 1 | 97110=1,97140=0
					ama-10-10           | AMA | [{"code":"97110","minutes":10},{"code":"97140","minutes":10}] | 2 | 97110=1,97140=1
					ama-aapc-8-8-8      | AMA | [{"code":"97110","minutes":8},{"code":"97112","minutes":8},{"code":"97140","minutes":8}] | 3 | 97110=1,97112=1,97140=1
					cms-aapc-8-8-8      | CMS | [{"code":"97110","minutes":8},{"code":"97112","minutes":8},{"code":"97140","minutes":8}] | 2 | 97110=1,97112=1,97140=0
					cms-massage-60      | CMS | [{"code":"97124","minutes":60}] | 4 | 97124=4
					ama-single-97140-23min | AMA | [{"code":"97140","minutes":23}] | 2 | 97140=2
					cms-group-plus-individual | CMS | [{"code":"97150"},{"code":"97110","minutes":15}] | 2 | 97150=1,97110=1
					""")
	void countsWorkedCases(String id, String rule, String services, int total, String units) throws Exception {
		ResultActions result = units("{\"rule\": \"" + rule + "\", \"services\": " + services + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value(rule))
			.andExpect(jsonPath("$.totalUnits").value(total))
			.andExpect(jsonPath("$.comparison.rule").value(rule.equals("CMS") ? "AMA" : "CMS"));
		for (String pair : units.split(",")) {
			String[] codeUnits = pair.split("=");
			result.andExpect(jsonPath("$.lines[?(@.code == '" + codeUnits[0] + "')].units")
				.value(hasItem(Integer.parseInt(codeUnits[1]))));
		}
	}

	@Test
	void countsARepeatedModifierOnce() throws Exception {
		units("""
				{"rule": "CMS", "payer": "MEDICARE_PART_B", "dateOfService": "2026-03-02",
				 "services": [{"code": "97530", "minutes": 15, "modifiers": ["GP", "GP"]},
				              {"code": "97110", "minutes": 30, "modifiers": ["gp", "GP"]}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.payment.total").value(79.49));
	}

	@Test
	void answersWithExplanationFindingsAndPayment() throws Exception {
		units("""
				{"rule": "CMS", "payer": "MEDICARE_PART_B", "dateOfService": "2026-03-02",
				 "services": [{"code": "97530", "minutes": 15, "modifiers": ["GP"]},
				              {"code": "97110", "minutes": 30, "modifiers": ["GP"]}]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.timedMinutes").value(45))
			.andExpect(jsonPath("$.lines[0].code").value("97530"))
			.andExpect(jsonPath("$.lines[0].minutes").value(15))
			.andExpect(jsonPath("$.lines[0].reason").isNotEmpty())
			.andExpect(jsonPath("$.explanation[0]").isNotEmpty())
			.andExpect(jsonPath("$.payer").value("MEDICARE_PART_B"))
			.andExpect(jsonPath("$.payment.basis").value("MEDICARE_FEE_SCHEDULE"))
			.andExpect(jsonPath("$.payment.total").value(79.49));
	}

	@Test
	void pricesAtTheGivenLocalityWithTheGpcisOfTheVisitsYear() throws Exception {
		// Alaska 02102-01, 2026: (0.45 × 1.500 + 0.41 × 1.065 + 0.01 × 0.551) × 33.4009 =
		// 37.3141... → $37.31
		units("""
				{"rule": "CMS", "payer": "MEDICARE_PART_B", "dateOfService": "2026-03-02", "locality": "02102-01",
				 "services": [{"code": "97110", "minutes": 15, "modifiers": ["GP"]}]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.locality").value("02102-01"))
			.andExpect(jsonPath("$.payment.total").value(37.31))
			.andExpect(jsonPath("$.payment.notes[0]").value(containsString("ALASKA, AK (02102-01) for 2026")));
		units("""
				{"rule": "CMS", "payer": "MEDICARE_PART_B", "dateOfService": "2026-03-02",
				 "services": [{"code": "97110", "minutes": 15, "modifiers": ["GP"]}]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.locality").doesNotExist())
			.andExpect(jsonPath("$.payment.total").value(29.06))
			.andExpect(jsonPath("$.payment.notes[0]").value(containsString("national GPCIs (1.0)")));
	}

	@Test
	void pricesManualTherapyAndMassageForMedicare() throws Exception {
		// 2026, one unit each: 97124 (PE 0.53) is paid in full, 0.89 × 33.4009 = $29.73;
		// 97140 has its PE halved, (0.43 + 0.195 + 0.01) × 33.4009 = $21.21
		units("""
				{"rule": "CMS", "payer": "MEDICARE_PART_B", "dateOfService": "2026-03-02",
				 "services": [{"code": "97140", "minutes": 15, "modifiers": ["GP", "59"]},
				              {"code": "97124", "minutes": 15, "modifiers": ["GP"]}]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.payment.complete").value(true))
			.andExpect(jsonPath("$.payment.lines[?(@.code == '97140')].amount").value(hasItem(21.21)))
			.andExpect(jsonPath("$.payment.lines[?(@.code == '97124')].amount").value(hasItem(29.73)))
			.andExpect(jsonPath("$.payment.total").value(50.94));
	}

	@Test
	void namesTheLocalityFieldOfAnUnknownLocality() throws Exception {
		units("{\"rule\":\"CMS\",\"locality\":\"99999-01\",\"services\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("locality"))
			.andExpect(jsonPath("$.value").value("99999-01"))
			.andExpect(jsonPath("$.detail").value(containsString("no Medicare locality 99999-01")));
		units("{\"rule\":\"CMS\",\"locality\":\"0210201\",\"services\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("locality"))
			.andExpect(jsonPath("$.detail").value(containsString("MAC-locality, e.g. 02102-01")));
	}

	@Test
	void reportsEditPairWithoutModifier() throws Exception {
		units("""
				{"rule": "AMA", "services": [{"code": "97140", "minutes": 15}, {"code": "97530", "minutes": 15}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].kind").value("EDIT_PAIR_WITHOUT_MODIFIER"))
			.andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
			.andExpect(jsonPath("$.findings[0].codes").isArray())
			.andExpect(jsonPath("$.findings[0].explanation").isNotEmpty())
			.andExpect(jsonPath("$.findings[0].fix").isNotEmpty())
			.andExpect(jsonPath("$.payment.basis").value("NONE"))
			.andExpect(jsonPath("$.payment.lines[0].amount").doesNotExist());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							unknown code            | services[1].code           | {"rule":"CMS","services":[{"code":"97110","minutes":10},{"code":"99999","minutes":10}]}
							negative minutes        | services[1].minutes        | {"rule":"CMS","services":[{"code":"97110","minutes":10},{"code":"97140","minutes":-5}]}
							more than 24 hours      | services[0].minutes        | {"rule":"AMA","services":[{"code":"97110","minutes":1441}]}
							visit over 24 hours     | services                   | {"rule":"AMA","services":[{"code":"97110","minutes":800},{"code":"97140","minutes":800}]}
							missing minutes         | services[0].minutes        | {"rule":"CMS","services":[{"code":"97110"}]}
							negative billed units   | services[0].billedUnits    | {"rule":"CMS","services":[{"code":"97110","minutes":20,"billedUnits":-1}]}
							unknown rule            | rule                       | {"rule":"NICE","services":[]}
							missing rule            | rule                       | {"services":[{"code":"97110","minutes":10}]}
							missing services        | services                   | {"rule":"CMS"}
							null service            | services[0]                | {"rule":"CMS","services":[null]}
							missing code            | services[0].code           | {"rule":"CMS","services":[{"minutes":10}]}
							bad modifier            | services[0].modifiers[1]   | {"rule":"CMS","services":[{"code":"97110","minutes":10,"modifiers":["GP","GPX"]}]}
							unknown payer           | payer                      | {"rule":"CMS","payer":"MARS","services":[]}
							unknown provider        | provider                   | {"rule":"CMS","provider":"WIZARD","services":[]}
							minutes not a number    | services[1].minutes        | {"rule":"CMS","services":[{"code":"97110","minutes":10},{"code":"97140","minutes":"ten"}]}
							services not a list     | services                   | {"rule":"CMS","services":{"code":"97110"}}
							rule not text           | rule                       | {"rule":["CMS"],"services":[]}
							bad date                | dateOfService              | {"rule":"CMS","dateOfService":"March","services":[]}
					fractional minutes      | services[0].minutes        | {"rule":"CMS","services":[{"code":"97110","minutes":33.5}]}
					huge minutes            | services[0].minutes        | {"rule":"CMS","services":[{"code":"97110","minutes":99999999999999}]}
					fractional billed units | services[0].billedUnits    | {"rule":"CMS","services":[{"code":"97110","minutes":20,"billedUnits":1.5}]}
					minutes as a list       | services[0].minutes        | {"rule":"CMS","services":[{"code":"97110","minutes":[1]}]}
					unknown locality        | locality                   | {"rule":"CMS","locality":"99999-01","services":[]}
					malformed locality      | locality                   | {"rule":"CMS","locality":"Alaska","services":[]}
							""")
	void rejectsInvalidInputNamingTheField(String name, String field, String body) throws Exception {
		units(body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(field)));
	}

	@Test
	void namesTheFieldAndValueOfAnEngineRejection() throws Exception {
		units("{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":10},{\"code\":\"97140\",\"minutes\":-5}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("services[1].minutes"))
			.andExpect(jsonPath("$.value").value("-5"))
			.andExpect(jsonPath("$.errors[0].field").value("services[1].minutes"));
	}

	@Test
	void rejectsMalformedJson() throws Exception {
		units("{\"rule\": \"CMS\", \"services\": [").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
		units("").andExpect(status().isBadRequest());
	}

	@Test
	void acceptsAnEmptyVisit() throws Exception {
		units("{\"rule\":\"CMS\",\"services\":[]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalUnits").value(0));
	}

	@Test
	void listsTheCatalogWithPlainDescriptions() throws Exception {
		this.mvc.perform(get("/api/v1/billing/codes").with(httpBasic(OWNER, TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '97110')].timed").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.code == '97010')].medicareStatus").value(hasItem("BUNDLED")))
			.andExpect(jsonPath("$[?(@.code == '97039')].medicareStatus").value(hasItem("CARRIER_PRICED")))
			.andExpect(jsonPath("$[0].description").isNotEmpty());
	}

	@Test
	void describesTheRoutesInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/api/v1/openapi").with(httpBasic(OWNER, TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/billing/units'].post.summary").value(containsString("8-minute")))
			.andExpect(jsonPath("$.paths['/api/v1/billing/codes'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.components.schemas.UnitsRequest.properties.locality.description")
				.value(containsString("MAC-locality")));
	}

	private ResultActions units(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
