package io.tactus.web.system;

import java.time.Duration;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Five failed sign-ins lock a user name for 15 minutes, on the form and over HTTP Basic
 * alike.
 */
@TactusIntegrationTest
class LoginThrottleIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private MutableClock clock;

	@Test
	void locksFormSignInAfterFiveFailuresEvenWithRightPassword() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "throttled.form", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(formLogin("throttled.form", "wrong-password")).isEqualTo("/login?error");
		}
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD)).isEqualTo("/login?locked");
		String page = this.mvc.perform(get("/login").param("locked", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Too many failed sign-ins for this user name");
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(formLogin("throttled.form", TestAccounts.PASSWORD)).isEqualTo("/");
	}

	@Test
	void locksBasicAfterFiveFailures() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "throttled.api", Role.JOB_SEEKER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(basic("throttled.api", "wrong-password")).isEqualTo(401);
		}
		assertThat(basic("throttled.api", TestAccounts.PASSWORD)).isEqualTo(429);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(basic("throttled.api", TestAccounts.PASSWORD)).isEqualTo(429);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(basic("throttled.api", TestAccounts.PASSWORD)).isEqualTo(200);
	}

	@Test
	void successResetsTheCount() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "throttled.reset", Role.JOB_SEEKER, null);
		for (int i = 0; i < 4; i++) {
			basic("throttled.reset", "wrong-password");
		}
		assertThat(basic("throttled.reset", TestAccounts.PASSWORD)).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			basic("throttled.reset", "wrong-password");
		}
		assertThat(basic("throttled.reset", TestAccounts.PASSWORD)).isEqualTo(200);
	}

	private String formLogin(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private int basic(String username, String password) throws Exception {
		return this.mvc.perform(get("/api/v1/me").with(httpBasic(username, password)))
			.andReturn()
			.getResponse()
			.getStatus();
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
