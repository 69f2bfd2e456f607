package io.tactus.web.system;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A page of another site cannot make API writes with credentials a browser remembers, and
 * the API never asks a browser for Basic credentials; scripts that send HTTP Basic
 * unasked and no {@code Origin} work as before.
 */
@TactusIntegrationTest
class ApiOriginIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Test
	void aScriptWithoutOriginWrites() throws Exception {
		assertThat(createUser("origin.script", null, null).getStatus()).isEqualTo(201);
	}

	@Test
	void aPageOfTheSameSiteWrites() throws Exception {
		assertThat(createUser("origin.same", "http://localhost", null).getStatus()).isEqualTo(201);
		assertThat(createUser("origin.samereferer", null, "http://localhost/admin/users").getStatus()).isEqualTo(201);
	}

	@Test
	void aPageOfAnotherSiteIsRefused() throws Exception {
		MockHttpServletResponse response = createUser("origin.evil", "https://evil.example", null);
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("refused from pages of other sites");
		assertThat(createUser("origin.evilport", "http://localhost:8081", null).getStatus()).isEqualTo(403);
		assertThat(createUser("origin.hidden", "null", null).getStatus()).isEqualTo(403);
		assertThat(createUser("origin.referer", null, "https://evil.example/page.html").getStatus()).isEqualTo(403);
		assertThat(this.accounts.findByUsername("origin.evil")).isEmpty();
		assertThat(this.accounts.findByUsername("origin.referer")).isEmpty();
	}

	@Test
	void readsFromAnyOriginStillNeedCredentialsOnly() throws Exception {
		assertThat(this.mvc
			.perform(get("/api/v1/me").header("Origin", "https://evil.example")
				.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse()
			.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aMissingSignInGets401WithoutABasicChallenge() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/me")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeaders("WWW-Authenticate")).containsExactly("Tactus realm=\"api\"");
		MockHttpServletResponse wrong = this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "not-the-password")))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(401);
		assertThat(wrong.getHeaders("WWW-Authenticate")).noneMatch((value) -> value.startsWith("Basic"));
	}

	private MockHttpServletResponse createUser(String username, String origin, String referer) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/users")
			.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + TestAccounts.PASSWORD
					+ "\", \"role\": \"JOB_SEEKER\"}");
		if (origin != null) {
			request.header("Origin", origin);
		}
		if (referer != null) {
			request.header("Referer", referer);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
