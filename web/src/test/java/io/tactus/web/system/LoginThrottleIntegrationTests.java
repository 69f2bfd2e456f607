package io.tactus.web.system;

import java.time.Duration;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed sign-ins slow down further attempts for that name from that address (and, past a
 * larger number, from that address for any name), on the form, over HTTP Basic and on the
 * change-password form alike, without locking the owner out elsewhere. Sign-ups are
 * limited per address. Runs with the default limits.
 */
@TactusIntegrationTest
@TestPropertySource(properties = "tactus.sign-in.signups-per-address=5")
class LoginThrottleIntegrationTests {

	private static final String OWNER = "198.51.100.7";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private MutableClock clock;

	@Test
	void fiveFailuresMakeTheNextAttemptFromThatAddressWaitButNotTheOwnersElsewhere() throws Exception {
		String attacker = "203.0.113.11";
		TestAccounts.ensure(this.accounts, this.service, "throttled.form", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(formLogin("throttled.form", "wrong-password", attacker)).isEqualTo("/login?error");
		}
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD, attacker)).isEqualTo("/login?locked&wait=1");
		String page = this.mvc.perform(get("/login").param("locked", "").param("wait", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Too many failed sign-ins from your address").contains("Try again in 1 second.");
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD, OWNER)).isEqualTo("/");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(formLogin("throttled.form", "wrong-password", attacker)).isEqualTo("/login?error");
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD, attacker)).isEqualTo("/login?locked&wait=2");
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD, attacker)).isEqualTo("/");
	}

	@Test
	void basicAnswers429WithRetryAfter() throws Exception {
		String attacker = "203.0.113.12";
		TestAccounts.ensure(this.accounts, this.service, "throttled.api", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(basic("throttled.api", "wrong-password", attacker).getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse refused = basic("throttled.api", TestAccounts.PASSWORD, attacker);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("Try again in 1 second.");
		assertThat(basic("throttled.api", TestAccounts.PASSWORD, OWNER).getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(basic("throttled.api", TestAccounts.PASSWORD, attacker).getStatus()).isEqualTo(200);
	}

	@Test
	void sprayingManyNamesFromOneAddressIsSlowedDown() throws Exception {
		String sprayer = "203.0.113.99";
		for (int i = 0; i < 20; i++) {
			assertThat(formLogin("sprayed." + i, "Spring-2026-pass", sprayer)).isEqualTo("/login?error");
		}
		assertThat(formLogin("sprayed.20", "Spring-2026-pass", sprayer)).isEqualTo("/login?locked&wait=1");
	}

	@Test
	void refusesOverlongNamesBeforeLookingThemUp() throws Exception {
		String attacker = "203.0.113.14";
		String name = "n".repeat(1_000_000);
		assertThat(formLogin(name, "any-password-1", attacker)).isEqualTo("/login?tooLong");
		assertThat(this.mvc.perform(get("/login").param("tooLong", "")).andReturn().getResponse().getContentAsString())
			.contains("That user name is too long");
		MockHttpServletResponse api = basic("m".repeat(255), "any-password-1", attacker);
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("longer than 254 characters");
	}

	@Test
	void onlyTheRightPasswordRevealsThatAnAccountIsDisabled() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "throttled.disabled", Role.JOB_SEEKER, null);
		this.mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false")
			.with(csrf())
			.with(user(this.accounts.findByUsername("admin").orElseThrow())));
		assertThat(formLogin("throttled.disabled", "wrong-password", OWNER)).isEqualTo("/login?error");
		assertThat(formLogin("no.such.user", "wrong-password", OWNER)).isEqualTo("/login?error");
		assertThat(formLogin("throttled.disabled", TestAccounts.PASSWORD, OWNER)).isEqualTo("/login?disabled");
		assertThat(basic("throttled.disabled", "wrong-password", OWNER).getContentAsString())
			.doesNotContain("disabled");
		assertThat(basic("throttled.disabled", TestAccounts.PASSWORD, OWNER).getContentAsString())
			.contains("This account is disabled");
	}

	@Test
	void theCurrentPasswordOnTheAccountPageIsThrottledToo() throws Exception {
		String attacker = "203.0.113.16";
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "throttled.change", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(changePassword(user, "wrong-current-1", attacker)).contains("That is not your current password");
		}
		assertThat(changePassword(user, TestAccounts.PASSWORD, attacker))
			.contains("Too many wrong current passwords. Try again in 1 second.");
		assertThat(formLogin("throttled.change", TestAccounts.PASSWORD, attacker)).isEqualTo("/login?locked&wait=1");
		assertThat(this.passwords.matches(TestAccounts.PASSWORD,
				this.accounts.findByUsername("throttled.change").orElseThrow().passwordHash()))
			.isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(changePassword(user, TestAccounts.PASSWORD, attacker)).isEmpty();
		assertThat(this.passwords.matches("Changed-password-2026",
				this.accounts.findByUsername("throttled.change").orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void limitsSignUpsPerAddressAndHour() throws Exception {
		String address = "192.0.2.50";
		assertThat(signUp("limit.weak", "short", address).getContentAsString()).contains("The password is too short");
		for (int i = 0; i < 5; i++) {
			assertThat(signUp("limit.seeker" + i, "Limit-password-2026", address).getRedirectedUrl()).isEqualTo("/");
		}
		String refused = signUp("limit.seeker5", "Limit-password-2026", address).getContentAsString();
		assertThat(refused).contains("Too many sign-ups from your address this hour. Try again in 60 minutes.");
		assertThat(this.accounts.findByUsername("limit.seeker5")).isEmpty();
		assertThat(signUp("limit.elsewhere", "Limit-password-2026", "192.0.2.51").getRedirectedUrl()).isEqualTo("/");
		this.clock.advance(Duration.ofHours(1));
		assertThat(signUp("limit.seeker5", "Limit-password-2026", address).getRedirectedUrl()).isEqualTo("/");
	}

	private MockHttpServletResponse signUp(String username, String password, String address) throws Exception {
		return this.mvc
			.perform(post("/signup").with(csrf())
				.with(from(address))
				.param("username", username)
				.param("password", password))
			.andReturn()
			.getResponse();
	}

	private String changePassword(TactusUser user, String current, String address) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/account").with(csrf())
				.with(user(user))
				.with(from(address))
				.param("current", current)
				.param("password", "Changed-password-2026"))
			.andReturn()
			.getResponse();
		return (response.getStatus() == 302) ? "" : response.getContentAsString();
	}

	private String formLogin(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
		return this.mvc.perform(get("/api/v1/me").with(httpBasic(username, password)).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@TestConfiguration
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
