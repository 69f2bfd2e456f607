package io.tactus.web.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Disabling an account or resetting its password ends its open sessions; a user who
 * changes their own password keeps the session they changed it in, and their other
 * sessions end. Sessions live in the database (Spring Session), so each test browser
 * carries its session cookie from response to request.
 */
@TactusIntegrationTest
class SessionEndIntegrationTests {

	private static final String NEW_PASSWORD = "Another-password-2026";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private SessionRepository<?> sessions;

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "session.disabled", Role.JOB_SEEKER, null);
		Session session = signIn("session.disabled", TestAccounts.PASSWORD);
		assertThat(page(session).getStatus()).isEqualTo(200);
		Session admin = signIn("admin", TestAccounts.ADMIN_PASSWORD);
		this.mvc
			.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false").with(csrf()).with(admin));
		assertThat(changePassword(session, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(this.sessions.findById(session.id())).isNull();
		assertThat(passwordIs("session.disabled", TestAccounts.PASSWORD)).isTrue();
		assertThat(page(admin).getStatus()).isEqualTo(200);
	}

	@Test
	void reEnablingDoesNotReviveAnEndedSession() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "session.revived", Role.JOB_SEEKER, null);
		Session session = signIn("session.revived", TestAccounts.PASSWORD);
		this.service.setEnabled(user.id(), false, "admin");
		this.service.setEnabled(user.id(), true, "admin");
		assertThat(page(session).getRedirectedUrl()).isEqualTo("/login?ended");
	}

	@Test
	void aPasswordResetEndsTheAccountsSessions() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "session.reset", Role.JOB_SEEKER, null);
		Session first = signIn("session.reset", TestAccounts.PASSWORD);
		Session second = signIn("session.reset", TestAccounts.PASSWORD);
		Session admin = signIn("admin", TestAccounts.ADMIN_PASSWORD);
		this.mvc.perform(post("/admin/users/" + user.id() + "/password").param("password", "Reset-by-admin-2026")
			.with(csrf())
			.with(admin));
		assertThat(page(first).getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(changePassword(second, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(passwordIs("session.reset", "Reset-by-admin-2026")).isTrue();
		assertThat(this.mvc.perform(get("/login").param("ended", "")).andReturn().getResponse().getContentAsString())
			.contains("Your session has ended because your password was changed");
	}

	@Test
	void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "session.own", Role.JOB_SEEKER, null);
		Session here = signIn("session.own", TestAccounts.PASSWORD);
		Session elsewhere = signIn("session.own", TestAccounts.PASSWORD);
		assertThat(changePassword(here, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/account");
		assertThat(page(here).getStatus()).isEqualTo(200);
		assertThat(page(elsewhere).getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(passwordIs("session.own", NEW_PASSWORD)).isTrue();
	}

	@Test
	void anAdminResettingTheirOwnPasswordStaysSignedInHereOnly() throws Exception {
		TactusUser admin = TestAccounts.ensure(this.accounts, this.service, "session.admin", Role.ADMIN, null);
		Session here = signIn("session.admin", TestAccounts.PASSWORD);
		Session elsewhere = signIn("session.admin", TestAccounts.PASSWORD);
		assertThat(here
			.remember(this.mvc.perform(post("/admin/users/" + admin.id() + "/password").param("password", NEW_PASSWORD)
				.with(csrf())
				.with(here)).andReturn().getResponse())
			.getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(page(here).getStatus()).isEqualTo(200);
		assertThat(page(elsewhere).getRedirectedUrl()).isEqualTo("/login?ended");
	}

	@Test
	void enablingAnEnabledAccountEndsNoSession() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "session.enabled", Role.JOB_SEEKER, null);
		Session session = signIn("session.enabled", TestAccounts.PASSWORD);
		this.service.setEnabled(user.id(), true, "admin");
		assertThat(page(session).getStatus()).isEqualTo(200);
	}

	private Session signIn(String username, String password) throws Exception {
		Session session = new Session();
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		session.remember(result.getResponse());
		return session;
	}

	private MockHttpServletResponse page(Session session) throws Exception {
		return session.remember(this.mvc.perform(get("/account").with(session)).andReturn().getResponse());
	}

	private MockHttpServletResponse changePassword(Session session, String current) throws Exception {
		return session.remember(this.mvc.perform(
				post("/account").with(csrf()).with(session).param("current", current).param("password", NEW_PASSWORD))
			.andReturn()
			.getResponse());
	}

	/**
	 * One browser's session cookie, replaced by every response that sets a new one (the
	 * id changes at sign-in and after a change of one's own password).
	 */
	private static final class Session implements RequestPostProcessor {

		private Cookie cookie;

		MockHttpServletResponse remember(MockHttpServletResponse response) {
			Cookie set = response.getCookie("SESSION");
			if (set != null) {
				this.cookie = set;
			}
			return response;
		}

		String id() {
			return new String(Base64.getDecoder().decode(this.cookie.getValue()), StandardCharsets.UTF_8);
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			request.setCookies(this.cookie);
			return request;
		}

	}

	private boolean passwordIs(String username, String password) {
		return this.passwords.matches(password, this.accounts.findByUsername(username).orElseThrow().passwordHash());
	}

}
