package io.tactus.web.system;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a load balancer and a Prometheus server see under {@code /actuator}: the probes
 * for anyone, status only; the scrape for admins with HTTP Basic, request metrics by
 * route template; every other endpoint closed.
 */
@TactusIntegrationTest
class ActuatorIntegrationTests {

	private static final String SEEKER = "actuator-seeker";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@BeforeEach
	void accounts() {
		TestAccounts.ensure(this.accounts, this.service, SEEKER, Role.JOB_SEEKER, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesAnswerWithoutSignInAndShowOnlyTheStatus(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(response.getCookies()).isEmpty();
	}

	@Test
	void healthShowsTheStatusAndTheProbesNamesOnly() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/actuator/health")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString())
			.isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@Test
	void readinessAsksTheDatabaseAndLivenessDoesNot(@Autowired HealthEndpointGroups groups) {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void prometheusWantsHttpBasic() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).doesNotContain("http_server_requests");
	}

	@Test
	void prometheusIsForAdminsOnly() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/actuator/prometheus").with(httpBasic(SEEKER, TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).doesNotContain("http_server_requests");
	}

	@Test
	void prometheusShowsRequestsByRouteTemplateNotByRawPath() throws Exception {
		var seeker = this.accounts.findByUsername(SEEKER).orElseThrow();
		this.mvc.perform(get("/wages/states/ZZ").with(user(seeker)));
		this.mvc.perform(get("/no/such/page/4711").with(user(seeker)));
		MockHttpServletResponse response = this.mvc
			.perform(get("/actuator/prometheus").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/plain");
		String text = response.getContentAsString();
		assertThat(text).contains("# TYPE http_server_requests_seconds")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/wages/states/\\{code}\"[^}]*} \\d")
			.doesNotContain("/wages/states/ZZ")
			.doesNotContain("/no/such/page");
		assertThat(text).as("meters of the node").contains("hikaricp_connections_active", "jvm_threads_live_threads");
		assertThat(text).as("Spring Security observations stay off").doesNotContain("spring_security");
	}

	@Test
	void prometheusShowsSignInFailuresAndImports() throws Exception {
		this.mvc.perform(get("/api/v1/wages/states").with(httpBasic(SEEKER, "not-the-password-at-all")));
		String text = this.mvc
			.perform(get("/actuator/prometheus").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).containsPattern("tactus_sign_in_failures_total\\{[^}]*reason=\"bad-credentials\"[^}]*} [1-9]")
			.containsPattern("tactus_imports_total\\{[^}]*outcome=\"ready\"[^}]*} [1-9]")
			.contains("tactus_imports_running")
			.contains("tactus_imports_duration_seconds");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump",
			"/actuator/configprops", "/actuator/loggers", "/actuator/shutdown" })
	void everyOtherEndpointIsClosed(String path) throws Exception {
		// Refused before anyone is asked to sign in: the stateless API chain has no
		// anonymous user, so a closed endpoint answers 403 to everyone.
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpServletResponse asAdmin = this.mvc
			.perform(get(path).with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(asAdmin.getStatus()).isEqualTo(403);
		assertThat(asAdmin.getContentAsString()).doesNotContain("spring.datasource", "java.version");
	}

}
