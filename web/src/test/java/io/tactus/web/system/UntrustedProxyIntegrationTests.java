package io.tactus.web.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.support.ClusterClient;
import io.tactus.web.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static io.tactus.web.support.RawHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node on H2 behind real Tomcat, with the default settings: no proxy is trusted, so
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from whoever connects are ignored
 * and nobody chooses their address. Sessions in H2 behave as on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "tactus.import-bundled-data=false", "tactus.sign-in.first-delay=10m" })
class UntrustedProxyIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Test
	void aForwardedForFromAnUntrustedPeerDoesNotChangeTheThrottledAddress() {
		TestAccounts.ensure(this.accounts, this.service, "untrusted.spoof", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(send("/api/v1/me", Map.of("Authorization", basic("untrusted.spoof", "wrong-password-1"),
					"X-Forwarded-For", "198.51.100." + i))
				.statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = send("/api/v1/me", Map.of("Authorization",
				basic("untrusted.spoof", TestAccounts.PASSWORD), "X-Forwarded-For", "198.51.100.99"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("600");
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where count_key like '%198.51.100.%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aForwardedProtoFromAnUntrustedPeerDoesNotMakeTheCookieSecure() {
		HttpResponse<String> page = send("/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith("SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void concurrentFirstPagesOfASessionAllSucceedOnH2() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "untrusted.concurrent", Role.JOB_SEEKER, null);
		ClusterClient browser = new ClusterClient();
		browser.signIn(base(), "untrusted.concurrent", TestAccounts.PASSWORD);
		String cookie = "SESSION=" + browser.session();
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			pages.add(CompletableFuture.supplyAsync(() -> send("/account", Map.of("Cookie", cookie))));
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			assertThat(page.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void expiredSessionsAreCleanedUpOnH2() {
		TestAccounts.ensure(this.accounts, this.service, "untrusted.expired", Role.JOB_SEEKER, null);
		ClusterClient browser = new ClusterClient();
		browser.signIn(base(), "untrusted.expired", TestAccounts.PASSWORD);
		String id = new String(Base64.getDecoder().decode(browser.session()), StandardCharsets.UTF_8);
		assertThat(this.sessions.findById(id)).isNotNull();
		this.jdbc.sql("update spring_session set expiry_time = :past where session_id = :id")
			.param("past", System.currentTimeMillis() - 1000)
			.param("id", id)
			.update();
		this.sessions.cleanUpExpiredSessions();
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(browser.get(base(), "/account").headers().firstValue("Location")).hasValue("/login");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private HttpResponse<String> send(String path, Map<String, String> headers) {
		return RawHttp.get(base() + path, headers);
	}

}
