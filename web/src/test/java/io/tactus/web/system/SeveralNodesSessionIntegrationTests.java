package io.tactus.web.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.ClusterClient;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RawHttp;
import io.tactus.web.support.RequiresPostgres;
import io.tactus.web.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static io.tactus.web.support.RawHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal nodes on one PostgreSQL behind a load balancer at 127.0.0.1 (a trusted
 * proxy), with no sticky sessions: a browser's requests go to either node. Sessions, CSRF
 * tokens, sign-in limits and revoked credentials hold across both.
 */
@RequiresPostgres
class SeveralNodesSessionIntegrationTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/[^\"]+\\.css)\"");

	private static TwoNodes nodes;

	@BeforeAll
	static void start() {
		// A first wait of ten minutes, so that no test depends on how fast it runs.
		nodes = TwoNodes.start(SCHEMA, "tactus.import-bundled-data=false", "tactus.web.trusted-proxies=127.0.0.1",
				"tactus.sign-in.first-delay=10m", "tactus.sign-in.signups-per-address=3");
	}

	@AfterAll
	static void stop() throws SQLException {
		if (nodes != null) {
			nodes.close();
		}
		SCHEMA.drop();
	}

	@Test
	void signedInOnOneNodeIsSignedInOnTheOtherUnderANewSessionId() {
		user("nodes.session");
		ClusterClient browser = new ClusterClient();
		assertThat(browser.get(nodes.urlA(), "/login").statusCode()).isEqualTo(200);
		String before = browser.session();
		assertThat(before).isNotNull();
		assertThat(
				browser.signIn(nodes.urlA(), "nodes.session", TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValue("/");
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
		assertThat(stored(sessionId(before))).isZero();
		List<byte[]> attributes = jdbc(nodes.a())
			.sql("select attribute_bytes from spring_session_attributes a join spring_session s"
					+ " on s.primary_id = a.session_primary_id where s.session_id = :id")
			.param("id", sessionId(browser.session()))
			.query(byte[].class)
			.list();
		assertThat(attributes).isNotEmpty()
			.allSatisfy(
					(bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}"));
		HttpResponse<String> onB = browser.get(nodes.urlB(), "/account");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("nodes.session");
	}

	@Test
	void pageViewsThatChangeNothingWriteTheLastAccessTimeAtMostOnceAMinute() {
		user("nodes.touch");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlA(), "nodes.touch", TestAccounts.PASSWORD);
		assertThat(browser.get(nodes.urlA(), "/account").statusCode()).isEqualTo(200);
		String id = sessionId(browser.session());
		long recent = System.currentTimeMillis() - 30_000;
		jdbc(nodes.a()).sql("update spring_session set last_access_time = :then where session_id = :id")
			.param("then", recent)
			.param("id", id)
			.update();
		assertThat(browser.get(nodes.urlB(), "/account").statusCode()).isEqualTo(200);
		assertThat(browser.get(nodes.urlA(), "/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isEqualTo(recent);
		long minuteAgo = System.currentTimeMillis() - 61_000;
		jdbc(nodes.a()).sql("update spring_session set last_access_time = :then where session_id = :id")
			.param("then", minuteAgo)
			.param("id", id)
			.update();
		assertThat(browser.get(nodes.urlB(), "/account").statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThan(minuteAgo + 60_000);
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnEvery() {
		user("nodes.signout");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlA(), "nodes.signout", TestAccounts.PASSWORD);
		String session = browser.session();
		assertThat(stored(sessionId(session))).isOne();
		HttpResponse<String> out = browser.submit(nodes.urlB(), "/account", "/logout", Map.of());
		assertThat(out.headers().firstValue("Location")).hasValue("/login?logout");
		assertThat(stored(sessionId(session))).isZero();
		assertThat(send(nodes.urlA(), "/account", Map.of("Cookie", "SESSION=" + session)).statusCode()).isEqualTo(302);
		assertThat(browser.get(nodes.urlA(), "/account").headers().firstValue("Location")).isPresent();
	}

	@Test
	void aCsrfTokenFromOneNodeIsAcceptedOnTheOtherAndAPostWithoutOneIsRefused() {
		user("nodes.csrf");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlB(), "nodes.csrf", TestAccounts.PASSWORD);
		Matcher token = CSRF.matcher(browser.get(nodes.urlA(), "/account").body());
		assertThat(token.find()).isTrue();
		assertThat(browser.post(nodes.urlB(), "/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(browser.post(nodes.urlB(), "/logout", Map.of("_csrf", "not-the-token")).statusCode()).isEqualTo(403);
		assertThat(browser.get(nodes.urlA(), "/account").statusCode()).isEqualTo(200);
		HttpResponse<String> out = browser.post(nodes.urlB(), "/logout", Map.of("_csrf", token.group(1)));
		assertThat(out.headers().firstValue("Location")).hasValue("/login?logout");
	}

	@Test
	void concurrentFirstPagesOfASessionOnBothNodesAllSucceed() throws Exception {
		user("nodes.concurrent");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlA(), "nodes.concurrent", TestAccounts.PASSWORD);
		String cookie = "SESSION=" + browser.session();
		// Each page puts the session's first CSRF token (and more) into the session at
		// the same time as the others.
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String node = (i % 2 == 0) ? nodes.urlA() : nodes.urlB();
			pages.add(CompletableFuture.supplyAsync(() -> send(node, "/account", Map.of("Cookie", cookie))));
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			assertThat(page.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(browser.get(nodes.urlB(), "/account").statusCode()).isEqualTo(200);
	}

	@Test
	void signUpsOnBothNodesCountTogether() {
		ClusterClient browser = new ClusterClient();
		for (int i = 0; i < 3; i++) {
			String node = (i % 2 == 0) ? nodes.urlA() : nodes.urlB();
			ClusterClient visitor = new ClusterClient();
			assertThat(visitor
				.submit(node, "/signup", "/signup",
						Map.of("username", "nodes.signup" + i, "password", "Signup-password-2026"))
				.statusCode()).isEqualTo(302);
		}
		assertThat(browser
			.submit(nodes.urlB(), "/signup", "/signup",
					Map.of("username", "nodes.signup3", "password", "Signup-password-2026"))
			.body()).contains("Too many sign-ups from your address this hour.");
	}

	@Test
	void expiredSessionsAreRefusedAndCleanedUp() {
		user("nodes.expired");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlA(), "nodes.expired", TestAccounts.PASSWORD);
		String id = sessionId(browser.session());
		jdbc(nodes.a()).sql("update spring_session set expiry_time = :past where session_id = :id")
			.param("past", System.currentTimeMillis() - 1000)
			.param("id", id)
			.update();
		nodes.b().getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();
		assertThat(stored(id)).isZero();
		assertThat(browser.get(nodes.urlA(), "/account").headers().firstValue("Location")).isPresent();
	}

	@Test
	void staticFilesAndTheApiNeitherReadNorTouchTheSession() {
		user("nodes.quiet");
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlA(), "nodes.quiet", TestAccounts.PASSWORD);
		String cookie = "SESSION=" + browser.session();
		String id = sessionId(browser.session());
		Matcher stylesheet = STYLESHEET.matcher(browser.get(nodes.urlA(), "/account").body());
		assertThat(stylesheet.find()).isTrue();
		long longAgo = System.currentTimeMillis() - 120_000;
		jdbc(nodes.a()).sql("update spring_session set last_access_time = :then where session_id = :id")
			.param("then", longAgo)
			.param("id", id)
			.update();
		HttpResponse<String> css = send(nodes.urlB(), stylesheet.group(1), Map.of("Cookie", cookie));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> api = send(nodes.urlA(), "/api/v1/me",
				Map.of("Cookie", cookie, "Authorization", basic("nodes.quiet", TestAccounts.PASSWORD)));
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(send(nodes.urlB(), "/api/v1/me", Map.of("Cookie", cookie)).statusCode()).isEqualTo(401);
		assertThat(lastAccess(id)).isEqualTo(longAgo);
		assertThat(send(nodes.urlB(), "/account", Map.of("Cookie", cookie)).statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThan(longAgo);
	}

	@Test
	void failuresOnBothNodesCountTogether() {
		user("nodes.throttled");
		ClusterClient browser = new ClusterClient();
		for (int i = 0; i < 5; i++) {
			String node = (i % 2 == 0) ? nodes.urlA() : nodes.urlB();
			assertThat(browser.signIn(node, "nodes.throttled", "wrong-password-" + i).headers().firstValue("Location"))
				.hasValue("/login?error");
		}
		assertThat(
				browser.signIn(nodes.urlB(), "nodes.throttled", TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?locked&wait=600");
		assertThat(
				browser.signIn(nodes.urlA(), "nodes.throttled", TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?locked&wait=600");
	}

	@Test
	void theClientAddressComesFromTheTrustedProxysForwardedFor() {
		user("nodes.forwarded");
		String attacker = "203.0.113.7";
		for (int i = 0; i < 5; i++) {
			String node = (i % 2 == 0) ? nodes.urlA() : nodes.urlB();
			assertThat(send(node, "/api/v1/me",
					Map.of("Authorization", basic("nodes.forwarded", "wrong-password-1"), "X-Forwarded-For", attacker))
				.statusCode()).isEqualTo(401);
		}
		String right = basic("nodes.forwarded", TestAccounts.PASSWORD);
		assertThat(send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", right, "X-Forwarded-For", attacker))
			.statusCode()).isEqualTo(429);
		// What the client wrote left of the proxy's own entry proves nothing.
		assertThat(send(nodes.urlA(), "/api/v1/me",
				Map.of("Authorization", right, "X-Forwarded-For", "198.51.100.20, " + attacker))
			.statusCode()).isEqualTo(429);
		assertThat(send(nodes.urlA(), "/api/v1/me", Map.of("Authorization", right, "X-Forwarded-For", "198.51.100.21"))
			.statusCode()).isEqualTo(200);
		assertThat(send(nodes.urlA(), "/api/v1/me", Map.of("Authorization", right)).statusCode()).isEqualTo(200);
	}

	@Test
	void httpsAtTheTrustedProxyMakesTheSessionCookieSecure() {
		HttpResponse<String> page = send(nodes.urlA(), "/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.contains("SESSION=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax");
		HttpResponse<String> plain = send(nodes.urlA(), "/login", Map.of());
		assertThat(plain.headers().allValues("Set-Cookie")).singleElement().asString().doesNotContain("Secure");
		// Redirects are relative, so the browser stays on the proxy's https.
		assertThat(
				send(nodes.urlB(), "/account", Map.of("X-Forwarded-Proto", "https")).headers().firstValue("Location"))
			.hasValue("/login");
	}

	@Test
	void aPasswordResetOnOneNodeRefusesTheOldPasswordOnTheOtherWithinSeconds() {
		TactusUser user = user("nodes.reset");
		String old = basic("nodes.reset", TestAccounts.PASSWORD);
		assertThat(send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", old)).statusCode()).isEqualTo(200);
		assertThat(send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", old)).statusCode()).isEqualTo(200);
		ClusterClient admin = admin(nodes.urlA());
		assertThat(admin
			.submit(nodes.urlA(), "/admin/users", "/admin/users/" + user.id() + "/password",
					Map.of("password", "Reset-on-node-a-2026"))
			.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", old)).statusCode() == 401);
		assertThat(
				send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", basic("nodes.reset", "Reset-on-node-a-2026")))
					.statusCode())
			.isEqualTo(200);
	}

	@Test
	void disablingAnAccountOnOneNodeEndsItsApiAccessAndSessionsOnTheOther() {
		TactusUser user = user("nodes.disabled");
		String credentials = basic("nodes.disabled", TestAccounts.PASSWORD);
		assertThat(send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", credentials)).statusCode()).isEqualTo(200);
		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlB(), "nodes.disabled", TestAccounts.PASSWORD);
		assertThat(browser.get(nodes.urlB(), "/account").statusCode()).isEqualTo(200);
		ClusterClient admin = admin(nodes.urlA());
		assertThat(admin
			.submit(nodes.urlA(), "/admin/users", "/admin/users/" + user.id() + "/enabled", Map.of("enabled", "false"))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get(nodes.urlB(), "/account").headers().firstValue("Location")).hasValue("/login?ended");
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> send(nodes.urlB(), "/api/v1/me", Map.of("Authorization", credentials)).body()
				.contains("This account is disabled"));
	}

	private static TactusUser user(String name) {
		return TestAccounts.ensure(nodes.a().getBean(Accounts.class), nodes.a().getBean(AccountService.class), name,
				Role.JOB_SEEKER, null);
	}

	private static ClusterClient admin(String node) {
		ClusterClient admin = new ClusterClient();
		assertThat(admin.signIn(node, "admin", TestAccounts.ADMIN_PASSWORD).headers().firstValue("Location"))
			.hasValue("/");
		return admin;
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class);
	}

	private static int stored(String sessionId) {
		return jdbc(nodes.b()).sql("select count(*) from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Integer.class)
			.single();
	}

	private static long lastAccess(String sessionId) {
		return jdbc(nodes.b()).sql("select last_access_time from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	/**
	 * The session id in a session cookie's value (Base64, as Spring Session writes it).
	 */
	private static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(String base, String path, Map<String, String> headers) {
		return RawHttp.get(base + path, headers);
	}

}
