package io.tactus.web.account;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TactusIntegrationTest
class UserApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Test
	void adminCreatesClinicOwnerWithClinic() throws Exception {
		this.mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "api.owner@example.com", "password": "Api-owner-pass-1",
				 "role": "CLINIC_OWNER", "clinic": "API Clinic"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("api.owner@example.com"))
			.andExpect(jsonPath("$.role").value("CLINIC_OWNER"))
			.andExpect(jsonPath("$.clinic").value("API Clinic"))
			.andExpect(jsonPath("$.password").doesNotExist());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("api.owner@example.com", "Api-owner-pass-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("api.owner@example.com"))
			.andExpect(jsonPath("$.roles[0]").value("CLINIC_OWNER"));
	}

	@Test
	void secondOwnerJoinsExistingClinic() throws Exception {
		create("join.one", "CLINIC_OWNER", "Shared Clinic");
		create("join.two", "CLINIC_OWNER", "shared clinic");
		assertThat(this.accounts.findByUsername("join.one").orElseThrow().clinicId())
			.isEqualTo(this.accounts.findByUsername("join.two").orElseThrow().clinicId());
	}

	@Test
	void listsUsersWithoutPasswords() throws Exception {
		create("listed.seeker", "JOB_SEEKER", null);
		String body = this.mvc.perform(get("/api/v1/users").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("listed.seeker").contains("\"admin\"").doesNotContain("bcrypt");
	}

	@Test
	void rejectsInvalidAccountNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"ok.name\", \"password\": \"short\", \"role\": \"JOB_SEEKER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too short")));
	}

	@Test
	void rejectsUnknownRoleAndMalformedJson() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"ok.name\", \"password\": \"Good-password-1\", \"role\": \"KING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'role'")));
		this.mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
	}

	@Test
	void refusesMissingCredentialsAndWrongRoleInJson() throws Exception {
		this.mvc.perform(get("/api/v1/users"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		create("api.seeker", "JOB_SEEKER", null);
		this.mvc.perform(get("/api/v1/users").with(httpBasic("api.seeker", TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void forgetsRememberedApiCredentialsWhenThePasswordIsReset(@Autowired AccountService service) throws Exception {
		create("api.cached", "JOB_SEEKER", null);
		this.mvc.perform(get("/api/v1/me").with(httpBasic("api.cached", TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		TactusUser user = this.accounts.findByUsername("api.cached").orElseThrow();
		service.resetPassword(user.id(), "A-new-password-77", "admin");
		this.mvc.perform(get("/api/v1/me").with(httpBasic("api.cached", TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("api.cached", "A-new-password-77")))
			.andExpect(status().isOk());
		service.setEnabled(user.id(), false, "admin");
		this.mvc.perform(get("/api/v1/me").with(httpBasic("api.cached", "A-new-password-77")))
			.andExpect(status().isUnauthorized());
	}

	private void create(String username, String role, String clinic) throws Exception {
		String clinicJson = (clinic != null) ? ", \"clinic\": \"" + clinic + "\"" : "";
		this.mvc
			.perform(post("/api/v1/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + username + "\", \"password\": \"" + TestAccounts.PASSWORD
						+ "\", \"role\": \"" + role + "\"" + clinicJson + "}"))
			.andExpect(status().isCreated());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
	}

}
