package io.tactus.web.account;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * bcrypt takes at most 72 bytes of a password: a longer one gets a clear message on every
 * path that sets a password, never a 500.
 */
@TactusIntegrationTest
class PasswordLengthIntegrationTests {

	/** 73 plain characters: 73 bytes. */
	private static final String TOO_LONG = "Long-password-1-" + "x".repeat(57);

	/** 37 accented letters and a digit: 38 characters, 75 bytes. */
	private static final String TOO_LONG_ACCENTED = "é".repeat(37) + "1";

	/** 72 plain characters. */
	private static final String LONGEST = "Long-password-1-" + "x".repeat(56);

	private static final String MESSAGE = "The password is too long: use at most 72 bytes";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void signUpRefusesPasswordsOver72Bytes() throws Exception {
		assertThat(signUp("bytes.signup", TOO_LONG).getContentAsString()).contains(MESSAGE);
		assertThat(signUp("bytes.accented", TOO_LONG_ACCENTED).getContentAsString()).contains(MESSAGE);
		assertThat(this.accounts.findByUsername("bytes.signup")).isEmpty();
		assertThat(signUp("bytes.longest", LONGEST).getRedirectedUrl()).isEqualTo("/");
		assertThat(this.passwords.matches(LONGEST,
				this.accounts.findByUsername("bytes.longest").orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void adminCreateAndResetRefusePasswordsOver72Bytes() throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(post("/admin/users").with(csrf())
				.with(user(admin()))
				.param("username", "bytes.created")
				.param("password", TOO_LONG)
				.param("role", "JOB_SEEKER"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(200);
		assertThat(created.getContentAsString()).contains(MESSAGE);
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "bytes.reset", Role.JOB_SEEKER, null);
		var reset = this.mvc
			.perform(post("/admin/users/" + user.id() + "/password").with(csrf())
				.with(user(admin()))
				.param("password", TOO_LONG_ACCENTED))
			.andReturn();
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(reset.getFlashMap().get("flash")).isEqualTo("account.password.tooLong");
	}

	@Test
	void apiCreateRefusesPasswordsOver72Bytes() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"bytes.api\", \"password\": \"" + TOO_LONG + "\", \"role\": \"JOB_SEEKER\"}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains(MESSAGE);
	}

	@Test
	void changingYourOwnPasswordRefusesPasswordsOver72Bytes() throws Exception {
		TactusUser user = TestAccounts.ensure(this.accounts, this.service, "bytes.change", Role.JOB_SEEKER, null);
		MockHttpServletResponse response = this.mvc
			.perform(post("/account").with(csrf())
				.with(user(user))
				.param("current", TestAccounts.PASSWORD)
				.param("password", TOO_LONG))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains(MESSAGE);
	}

	private TactusUser admin() {
		return this.accounts.findByUsername("admin").orElseThrow();
	}

	private MockHttpServletResponse signUp(String username, String password) throws Exception {
		return this.mvc.perform(post("/signup").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
	}

}
