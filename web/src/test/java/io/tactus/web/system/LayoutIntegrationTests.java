package io.tactus.web.system;

import java.nio.charset.StandardCharsets;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The layout's header: navigation, the signed-in user and the sign-out form (with its
 * CSRF token) for a signed-in user, on ordinary and error pages; none of it for a
 * visitor.
 */
@TactusIntegrationTest
class LayoutIntegrationTests {

	private static final String SIGN_OUT_FORM = "<form action=\"/logout\" method=\"post\">";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Test
	void showsTheUserAndASignOutFormWithItsTokenToASignedInUser() throws Exception {
		TactusUser seeker = TestAccounts.ensure(this.accounts, this.service, "layout.seeker@example.com",
				Role.JOB_SEEKER, null);
		String home = html(get("/").with(user(seeker)), 200);
		assertThat(home).contains("Signed in as layout.seeker@example.com")
			.contains(SIGN_OUT_FORM)
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
			.contains("<nav aria-label=\"Main\">");
		String badRequest = html(get("/wages").param("year", "twenty").with(user(seeker)), 400);
		assertThat(badRequest).as("an error page keeps the header")
			.contains("Signed in as layout.seeker@example.com")
			.contains(SIGN_OUT_FORM);
	}

	@Test
	void showsNoUserToAVisitor() throws Exception {
		String login = html(get("/login"), 200);
		assertThat(login).doesNotContain("Signed in as").doesNotContain(SIGN_OUT_FORM).doesNotContain("<nav");
	}

	private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
