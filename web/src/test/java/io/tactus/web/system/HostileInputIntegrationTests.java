package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile values in every form field and API property a user can send (the routes of the
 * route catalogs, the fields of the form records): huge and tiny numbers in every
 * notation, negative numbers, 10,000-character strings, control and right-to-left
 * override characters, long lists, deep JSON and wrong JSON types. Each answer must come
 * within {@link #MAX_NANOS}, be smaller than {@link #MAX_BYTES}, never be a 500, and,
 * where the value is wrong for the field, name the problem and store nothing.
 */
@TactusIntegrationTest
class HostileInputIntegrationTests {

	static final long MAX_NANOS = 5_000_000_000L;

	static final int MAX_BYTES = 1_000_000;

	static final String OWNER = "hostile-owner";

	/** Numbers no field accepts, in every notation, and "-0", which is 0. */
	static final List<String> NUMBERS = List.of("1e10000000", "1E+10000000", "-1e-999", "0x10", "1_000", "∞", "NaN",
			"Infinity", "-0", "1e308", "9999999999999999999999", "-1", "0.001", "2147483648");

	/** Text no field accepts. */
	static final List<String> TEXTS = List.of("x".repeat(10_000), "\u0000", "a\u0007b", "\u202Eevil");

	/** A few of the hostile values, for fields that treat them all alike. */
	static final List<String> SOME = List.of("1e10000000", "-1", "9999999999999999999999", "NaN", "x".repeat(10_000),
			"\u0000", "\u202Eevil");

	/** Tables that a refused request must leave unchanged. */
	static final List<String> TABLES = List.of("app_user", "clinic", "clinic_settings", "clinic_therapist",
			"clinic_payer", "clinic_fee", "clinic_import", "clinic_visit", "clinic_visit_line", "clinic_visit_change");

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private JdbcClient jdbc;

	private TactusUser owner;

	private long therapistId;

	private long payerId;

	private long visitId;

	/**
	 * How a field must treat a hostile value.
	 */
	enum Kind {

		/** A number: refuses every hostile value but those it lists. */
		NUMBER,
		/** Free text: refuses the hostile texts, may take the number-like ones. */
		TEXT,
		/**
		 * One of a few values (a code, an id, a date, a name of a constant): refuses all.
		 */
		CHOICE,
		/** A page number: clamped, so every value shows a page. */
		CLAMP,
		/** Owned by another feature's checks: only bounded and never a 500. */
		ANY

	}

	/**
	 * A field of a form.
	 *
	 * @param name the parameter
	 * @param kind how it treats hostile values
	 * @param accepted hostile values it may accept
	 */
	record Field(String name, Kind kind, Set<String> accepted) {

		static Field of(String name, Kind kind, String... accepted) {
			return new Field(name, kind, Set.of(accepted));
		}

		/**
		 * The hostile values worth sending: every number and a long and a control text to
		 * a number, every text and two numbers to free text, a few of each to the others.
		 */
		List<String> values() {
			return switch (this.kind) {
				case NUMBER -> Stream.concat(NUMBERS.stream(), TEXTS.stream().limit(2)).toList();
				case TEXT -> Stream.concat(TEXTS.stream(), Stream.of("1e10000000", "NaN")).toList();
				case CHOICE -> SOME;
				case CLAMP, ANY -> SOME.subList(0, 5);
			};
		}

		boolean mustRefuse(String value) {
			if (this.accepted.contains(value)) {
				return false;
			}
			return switch (this.kind) {
				case NUMBER, CHOICE -> true;
				case TEXT -> TEXTS.contains(value);
				case CLAMP, ANY -> false;
			};
		}

	}

	/**
	 * A form: who sends it, where, with which valid values.
	 */
	record Form(Role role, String method, String path, Map<String, String> valid, List<Field> fields) {
	}

	/**
	 * One hostile value in one field of one form.
	 */
	record Case(Form form, Field field, String value) {

		@Override
		public String toString() {
			return this.form.method + " " + this.form.path + " " + this.field.name + "="
					+ InvalidServiceException.shorten(this.value).replace("?", "\\?");
		}

	}

	static List<Form> forms() {
		Map<String, String> visit = new LinkedHashMap<>();
		visit.put("date", "2026-03-02");
		visit.put("patientRef", "HOST-1");
		visit.put("therapistId", "${therapist}");
		visit.put("payerId", "${payer}");
		visit.put("services[0].code", "97110");
		visit.put("services[0].minutes", "23");
		visit.put("services[0].modifiers", "GP");
		visit.put("services[0].bodyRegion", "lumbar");
		visit.put("services[0].billedUnits", "2");
		Map<String, String> calculator = new LinkedHashMap<>();
		calculator.put("payer", "MEDICARE_PART_B");
		calculator.put("provider", "PT");
		calculator.put("rule", "CMS");
		calculator.put("date", "2026-03-02");
		calculator.put("services[0].code", "97110");
		calculator.put("services[0].minutes", "23");
		calculator.put("services[0].modifiers", "GP");
		calculator.put("services[0].region", "lumbar");
		calculator.put("services[0].billedUnits", "2");
		return List.of(
				new Form(Role.CLINIC_OWNER, "GET", "/clinic/threshold", Map.of(),
						List.of(Field.of("year", Kind.NUMBER), Field.of("amount", Kind.NUMBER),
								Field.of("nearPercent", Kind.NUMBER), Field.of("perWeek", Kind.NUMBER),
								Field.of("perVisit", Kind.NUMBER))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/settings/therapists",
						Map.of("name", "${unique}", "providerType", "PT", "hourlyPay", "30", "state", "FL"),
						List.of(Field.of("name", Kind.TEXT), Field.of("providerType", Kind.CHOICE),
								Field.of("hourlyPay", Kind.NUMBER, "-0"), Field.of("state", Kind.CHOICE))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/settings/payers",
						Map.of("name", "${unique}", "kind", "COMMERCIAL", "unitRule", ""),
						List.of(Field.of("name", Kind.TEXT), Field.of("kind", Kind.CHOICE),
								Field.of("unitRule", Kind.CHOICE))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/settings/therapists/${therapist}",
						Map.of("name", "Pat Lee", "providerType", "PT", "hourlyPay", "30", "state", "FL"),
						List.of(Field.of("name", Kind.TEXT), Field.of("providerType", Kind.CHOICE),
								Field.of("hourlyPay", Kind.NUMBER, "-0"), Field.of("state", Kind.CHOICE))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/settings/payers/${payer}",
						Map.of("name", "Medicare", "kind", "MEDICARE_PART_B", "unitRule", "CMS"),
						List.of(Field.of("name", Kind.TEXT), Field.of("kind", Kind.CHOICE),
								Field.of("unitRule", Kind.CHOICE))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/settings/payers/${payer}/fees",
						Map.of("code", "97110", "fee", "30"),
						List.of(Field.of("code", Kind.CHOICE), Field.of("fee", Kind.NUMBER, "-0"))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/visits/new", visit, List.of(Field.of("date", Kind.CHOICE),
						Field.of("patientRef", Kind.TEXT), Field.of("therapistId", Kind.CHOICE),
						Field.of("payerId", Kind.CHOICE), Field.of("services[0].code", Kind.CHOICE),
						Field.of("services[0].minutes", Kind.NUMBER, "-0"),
						Field.of("services[0].modifiers", Kind.CHOICE), Field.of("services[0].bodyRegion", Kind.TEXT),
						Field.of("services[0].billedUnits", Kind.NUMBER, "-0"))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/visits/${visit}/edit", visit, List.of(
						Field.of("date", Kind.CHOICE), Field.of("patientRef", Kind.TEXT),
						Field.of("therapistId", Kind.CHOICE), Field.of("payerId", Kind.CHOICE),
						Field.of("services[0].code", Kind.CHOICE), Field.of("services[0].minutes", Kind.NUMBER, "-0"),
						Field.of("services[0].modifiers", Kind.CHOICE), Field.of("services[0].bodyRegion", Kind.TEXT),
						Field.of("services[0].billedUnits", Kind.NUMBER, "-0"))),
				new Form(Role.CLINIC_OWNER, "GET", "/clinic/visits", Map.of("from", "2026-01-01", "to", "2026-12-31"),
						List.of(Field.of("from", Kind.CHOICE), Field.of("to", Kind.CHOICE),
								Field.of("therapist", Kind.CHOICE), Field.of("payer", Kind.CHOICE),
								Field.of("code", Kind.CHOICE), Field.of("finding", Kind.CHOICE),
								Field.of("q", Kind.TEXT), Field.of("page", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "GET", "/clinic/visits.csv", Map.of(),
						List.of(Field.of("from", Kind.ANY), Field.of("therapist", Kind.ANY), Field.of("code", Kind.ANY),
								Field.of("finding", Kind.ANY), Field.of("q", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "POST", "/clinic/staff",
						Map.of("username", "${unique}", "role", "CLINIC_VIEWER"),
						List.of(Field.of("username", Kind.ANY), Field.of("role", Kind.CHOICE))),
				new Form(Role.CLINIC_OWNER, "GET", "/billing/calculator", calculator, List.of(
						Field.of("payer", Kind.CHOICE), Field.of("provider", Kind.CHOICE),
						Field.of("rule", Kind.CHOICE), Field.of("date", Kind.CHOICE),
						Field.of("services[0].code", Kind.CHOICE), Field.of("services[0].minutes", Kind.NUMBER, "-0"),
						Field.of("services[0].modifiers", Kind.CHOICE), Field.of("services[0].region", Kind.TEXT),
						Field.of("services[0].billedUnits", Kind.NUMBER, "-0"))),
				new Form(Role.CLINIC_OWNER, "GET", "/clinic/summary",
						Map.of("from", "2026-01-01", "to", "2026-12-31", "period", "month"),
						List.of(Field.of("from", Kind.CHOICE), Field.of("to", Kind.CHOICE),
								Field.of("period", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "GET", "/wages/states/CA", Map.of(),
						List.of(Field.of("atLeast", Kind.NUMBER, "0.001"), Field.of("year", Kind.ANY),
								Field.of("occupation", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "GET", "/wages/states", Map.of(),
						List.of(Field.of("year", Kind.ANY), Field.of("metric", Kind.ANY), Field.of("unit", Kind.ANY),
								Field.of("basis", Kind.ANY), Field.of("sort", Kind.ANY), Field.of("dir", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "GET", "/wages/compare", Map.of("states", "AK"),
						List.of(Field.of("states", Kind.ANY), Field.of("year", Kind.ANY))),
				new Form(Role.ADMIN, "GET", "/admin/audit", Map.of(), List.of(Field.of("page", Kind.CLAMP))),
				new Form(Role.ADMIN, "GET", "/admin/datasets/${dataset}", Map.of(),
						List.of(Field.of("page", Kind.CLAMP), Field.of("severity", Kind.ANY),
								Field.of("column", Kind.ANY))),
				new Form(Role.ADMIN, "POST", "/admin/users",
						Map.of("username", "${unique}", "password", "Hostile-pass-2026", "role", "JOB_SEEKER", "clinic",
								""),
						List.of(Field.of("username", Kind.ANY), Field.of("role", Kind.ANY),
								Field.of("clinic", Kind.ANY))),
				new Form(Role.CLINIC_OWNER, "POST", "/account",
						Map.of("current", "wrong-password-2026", "password", "Another-pass-2026"),
						List.of(Field.of("current", Kind.ANY), Field.of("password", Kind.ANY))));
	}

	static Stream<Case> formCases() {
		List<Case> cases = new ArrayList<>();
		for (Form form : forms()) {
			for (Field field : form.fields()) {
				for (String value : field.values()) {
					cases.add(new Case(form, field, value));
				}
			}
		}
		return cases.stream();
	}

	@BeforeEach
	void clinic() throws Exception {
		this.owner = TestAccounts.ensure(this.accounts, this.service, OWNER, Role.CLINIC_OWNER, "Hostile Clinic");
		long clinic = this.owner.clinic().orElseThrow();
		if (count("clinic_therapist where clinic_id = " + clinic) == 0) {
			this.mvc.perform(post("/clinic/settings/therapists").with(csrf())
				.with(user(this.owner))
				.param("name", "Pat Lee")
				.param("providerType", "PT")
				.param("hourlyPay", "45"));
			this.mvc.perform(post("/clinic/settings/payers").with(csrf())
				.with(user(this.owner))
				.param("name", "Medicare")
				.param("kind", "MEDICARE_PART_B"));
		}
		this.therapistId = this.jdbc.sql("select min(id) from clinic_therapist where clinic_id = ?")
			.param(clinic)
			.query(Long.class)
			.single();
		this.payerId = this.jdbc.sql("select min(id) from clinic_payer where clinic_id = ?")
			.param(clinic)
			.query(Long.class)
			.single();
		if (count("clinic_visit where clinic_id = " + clinic) == 0) {
			this.mvc.perform(post("/clinic/visits/new").with(csrf())
				.with(user(this.owner))
				.param("date", "2026-03-02")
				.param("patientRef", "HOST-0")
				.param("therapistId", Long.toString(this.therapistId))
				.param("payerId", Long.toString(this.payerId))
				.param("services[0].code", "97110")
				.param("services[0].minutes", "23")
				.param("services[0].modifiers", "GP"));
		}
		this.visitId = this.jdbc.sql("select min(id) from clinic_visit where clinic_id = ?")
			.param(clinic)
			.query(Long.class)
			.single();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formCases")
	void formFieldRefusesHostileValueWithinBounds(Case hostile) throws Exception {
		Form form = hostile.form();
		MockHttpServletRequestBuilder request = form.method().equals("GET") ? get(resolve(form.path()))
				: post(resolve(form.path())).with(csrf());
		request.with(user(principal(form.role())));
		form.valid().forEach((name, value) -> {
			if (!name.equals(hostile.field().name())) {
				request.param(name, resolve(value));
			}
		});
		request.param(hostile.field().name(), hostile.value());
		Map<String, Long> before = counts();

		MockHttpServletResponse response = perform(request);

		assertThat(response.getStatus()).as(hostile.toString()).isLessThan(500);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (hostile.field().kind() == Kind.CLAMP) {
			assertThat(response.getStatus()).as(hostile.toString()).isEqualTo(200);
		}
		if (hostile.field().mustRefuse(hostile.value())) {
			assertThat(response.getStatus()).as(hostile.toString()).isIn(200, 400);
			assertThat(body).as(hostile.toString()).contains("class=\"error\"");
			assertThat(counts()).as(hostile.toString()).isEqualTo(before);
		}
	}

	/** Tokens that are not JSON: the body is refused as a whole. */
	static final Set<String> NOT_JSON = Set.of("0x10", "1_000", "∞", "NaN", "Infinity");

	static Stream<Case> apiCases() {
		Form api = new Form(Role.CLINIC_OWNER, "POST", "/api/v1/billing/units", Map.of(), List.of(
				Field.of("rule", Kind.CHOICE), Field.of("payer", Kind.CHOICE), Field.of("provider", Kind.CHOICE),
				Field.of("dateOfService", Kind.CHOICE), Field.of("services", Kind.CHOICE),
				Field.of("services[0].code", Kind.CHOICE), Field.of("services[0].minutes", Kind.NUMBER, "-0"),
				Field.of("services[0].modifiers", Kind.CHOICE), Field.of("services[0].modifiers[0]", Kind.CHOICE),
				Field.of("services[0].bodyRegion", Kind.TEXT), Field.of("services[0].billedUnits", Kind.NUMBER, "-0")));
		List<Case> cases = new ArrayList<>();
		for (Field field : api.fields()) {
			for (String value : field.values()) {
				cases.add(new Case(api, field, value));
			}
			if (field.kind() != Kind.NUMBER) {
				for (String value : List.of("0x10", "Infinity")) {
					cases.add(new Case(api, field, value));
				}
			}
			cases.add(new Case(api, field, "{}"));
		}
		return cases.stream();
	}

	/**
	 * Each value replaces one property of a valid visit: numbers and {@code {}} as raw
	 * JSON tokens (so {@code NaN} and {@code 0x10} are not JSON), the texts as JSON
	 * strings. A number where text is expected is read as its text.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("apiCases")
	void apiPropertyRefusesHostileValueWithinBounds(Case hostile) throws Exception {
		String field = hostile.field().name();
		String value = hostile.value();
		String body = visitJson(field, TEXTS.contains(value) ? json(value) : value);
		Map<String, Long> before = counts();

		MockHttpServletResponse response = perform(
				post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));

		assertThat(response.getStatus()).as(hostile.toString()).isLessThan(500);
		String answer = response.getContentAsString(StandardCharsets.UTF_8);
		if (NOT_JSON.contains(value)) {
			assertThat(response.getStatus()).as(hostile.toString()).isEqualTo(400);
			assertThat(answer).as(hostile.toString()).containsAnyOf("not valid JSON", field.replaceAll("\\[0]$", ""));
		}
		else if (hostile.field().mustRefuse(value) || value.equals("{}")) {
			assertThat(response.getStatus()).as(hostile.toString()).isEqualTo(400);
			assertThat(answer).as(hostile.toString()).contains(field.replaceAll("\\[0]$", ""));
		}
		assertThat(counts()).as(hostile.toString()).isEqualTo(before);
	}

	@Test
	void apiRefusesHugeExponentsWithAShortAnswer() throws Exception {
		for (String number : List.of("1E+10000000", "1e1000000000", "-1e-999999999", "1E+2147483647")) {
			MockHttpServletResponse response = perform(
					post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":" + number + "}]}"));
			assertThat(response.getStatus()).as(number).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(number)
				.contains("services[0].minutes")
				.hasSizeLessThan(1_000);
		}
	}

	private MockHttpServletResponse postServices(int size) throws Exception {
		String services = String.join(",", java.util.Collections.nCopies(size, "{\"code\":\"97010\"}"));
		return perform(post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rule\":\"CMS\",\"services\":[" + services + "]}"));
	}

	@Test
	void apiRefusesMoreServicesThanOneVisitMayHave() throws Exception {
		for (int size : List.of(31, 10_000)) {
			MockHttpServletResponse response = postServices(size);
			assertThat(response.getStatus()).as("%d services", size).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"services\"")
				.contains("at most 30 services");
		}
		// 80,000 services are 1.4 MB of JSON: refused by the API's body limit before they
		// are parsed
		MockHttpServletResponse tooLarge = postServices(80_000);
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("256 KB").hasSizeLessThan(1_000);
		String modifiers = String.join(",", java.util.Collections.nCopies(10_000, "\"GP\""));
		MockHttpServletResponse response = perform(
				post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":23,\"modifiers\":["
							+ modifiers + "]}]}"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("services[0].modifiers");
	}

	@Test
	void apiRefusesDeeplyNestedJson() throws Exception {
		for (String where : List.of("rule", "services", "minutes")) {
			String deep = "[".repeat(10_000) + "]".repeat(10_000);
			String body = switch (where) {
				case "rule" -> "{\"rule\":" + deep + "}";
				case "services" -> "{\"rule\":\"CMS\",\"services\":" + deep + "}";
				default -> "{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":" + deep + "}]}";
			};
			MockHttpServletResponse response = perform(
					post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body));
			assertThat(response.getStatus()).as(where).isEqualTo(400);
		}
		String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		MockHttpServletResponse response = perform(
				post("/api/v1/billing/units").with(httpBasic(OWNER, TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"rule\":\"CMS\",\"services\":[],\"x\":" + objects + "}"));
		assertThat(response.getStatus()).isEqualTo(400);
	}

	@Test
	void visitFormRefusesTenThousandServiceRows() throws Exception {
		MockHttpServletRequestBuilder request = post("/clinic/visits/new").with(csrf())
			.with(user(this.owner))
			.param("date", "2026-03-02")
			.param("patientRef", "HOST-2")
			.param("therapistId", Long.toString(this.therapistId))
			.param("payerId", Long.toString(this.payerId));
		for (int i = 0; i < 10_000; i++) {
			request.param("services[" + i + "].code", "97010");
		}
		Map<String, Long> before = counts();

		MockHttpServletResponse response = perform(request);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("A visit has at most 30 services");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void thresholdRefusesSubCentAndHugeAmountsNamingTheField() throws Exception {
		for (String query : List.of("amount=0.001", "amount=1e10000000", "perVisit=1e-10000000", "perWeek=NaN")) {
			MockHttpServletResponse response = perform(get("/clinic/threshold?" + query).with(user(this.owner)));
			String field = query.substring(0, query.indexOf('='));
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(query)
				.contains("id=\"" + field + "-error\"");
		}
	}

	@Test
	void pagedListsClampThePageNumber() throws Exception {
		TactusUser admin = principal(Role.ADMIN);
		for (String page : List.of("2147483647", "-1", "abc", "99999999999999999999", "1e9")) {
			assertThat(perform(get("/admin/audit").param("page", page).with(user(admin))).getStatus()).as(page)
				.isEqualTo(200);
			assertThat(perform(get(resolve("/admin/datasets/${dataset}")).param("page", page).with(user(admin)))
				.getStatus()).as(page).isEqualTo(200);
		}
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		long start = System.nanoTime();
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		long took = System.nanoTime() - start;
		assertThat(took).as("answer time in ns").isLessThan(MAX_NANOS);
		assertThat(response.getContentAsByteArray()).as("answer size").hasSizeLessThan(MAX_BYTES);
		return response;
	}

	private String visitJson(String field, String token) {
		Map<String, String> top = new LinkedHashMap<>();
		top.put("rule", "\"CMS\"");
		top.put("payer", "\"MEDICARE_PART_B\"");
		top.put("provider", "\"PT\"");
		top.put("dateOfService", "\"2026-03-02\"");
		Map<String, String> line = new LinkedHashMap<>();
		line.put("code", "\"97110\"");
		line.put("minutes", "23");
		line.put("modifiers", "[\"GP\"]");
		line.put("bodyRegion", "\"lumbar\"");
		line.put("billedUnits", "2");
		if (field.equals("services[0].modifiers[0]")) {
			line.put("modifiers", "[" + token + "]");
		}
		else if (field.startsWith("services[0].")) {
			line.put(field.substring("services[0].".length()), token);
		}
		else if (!field.equals("services")) {
			top.put(field, token);
		}
		top.put("services", field.equals("services") ? token : "[" + object(line) + "]");
		return object(top);
	}

	private static String object(Map<String, String> properties) {
		List<String> pairs = new ArrayList<>();
		properties.forEach((name, value) -> pairs.add("\"" + name + "\":" + value));
		return "{" + String.join(",", pairs) + "}";
	}

	private static String json(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			quoted.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return quoted.append('"').toString();
	}

	private String resolve(String value) {
		return value.replace("${therapist}", Long.toString(this.therapistId))
			.replace("${visit}", Long.toString(this.visitId))
			.replace("${payer}", Long.toString(this.payerId))
			.replace("${unique}", "Hostile-" + UNIQUE.incrementAndGet())
			.replace("${dataset}", Long.toString(
					this.jdbc.sql("select coalesce(min(id), 999999) from wage_dataset").query(Long.class).single()));
	}

	private TactusUser principal(Role role) {
		return (role == Role.ADMIN) ? this.accounts.findByUsername("admin").orElseThrow() : this.owner;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, count(table));
		}
		return counts;
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

}
