package io.tactus.web.account;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@TactusIntegrationTest
class SignupIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Test
	void signsUpJobSeekerAndSignsThemIn() throws Exception {
		var response = this.mvc
			.perform(post("/signup").with(csrf())
				.param("username", "new.seeker@example.com")
				.param("password", "a long enough phrase 7"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
		TactusUser user = this.accounts.findByUsername("NEW.SEEKER@example.com").orElseThrow();
		assertThat(user.role()).isEqualTo(Role.JOB_SEEKER);
		assertThat(user.passwordHash()).startsWith("{bcrypt}").doesNotContain("a long enough phrase 7");
	}

	@Test
	void signsUpClinicOwnerWithNewClinic() throws Exception {
		this.mvc.perform(post("/signup").param("as", "clinic")
			.with(csrf())
			.param("username", "owner.signup")
			.param("password", "Clinic-password-99")
			.param("clinic", "Harbor Bodywork"));
		TactusUser owner = this.accounts.findByUsername("owner.signup").orElseThrow();
		assertThat(owner.role()).isEqualTo(Role.CLINIC_OWNER);
		assertThat(owner.clinic()).isPresent();
		assertThat(this.accounts.clinicName(owner.clinic().get())).contains("Harbor Bodywork");
	}

	@Test
	void rejectsTakenUsername() throws Exception {
		signUp("taken.name", "Another-password-1", null);
		assertThat(signUp("Taken.Name", "Another-password-1", null)).contains("That user name is already taken");
	}

	@Test
	void rejectsWeakPasswords() throws Exception {
		assertThat(signUp("weak.one", "short1", null)).contains("The password is too short");
		assertThat(signUp("weak.two", "onlylettershere", null))
			.contains("The password needs letters and also digits or symbols.");
		assertThat(signUp("weak.three", "111111111111a", null))
			.contains("The password repeats too few characters: use at least 5 different ones.");
		assertThat(signUp("weak.five", "Password1234", null))
			.contains("That password is one of the most common ones: choose another.");
		assertThat(signUp("weak.four", "weak.four-2026!", null)).contains("must not contain your user name");
		assertThat(this.accounts.findByUsername("weak.one")).isEmpty();
	}

	@Test
	void rejectsBadEmail() throws Exception {
		assertThat(signUp("someone@nowhere", "Good-password-12", null)).contains("That email address is not valid");
		assertThat(signUp("a b", "Good-password-12", null)).contains("A user name has 3 to 40 letters");
	}

	@Test
	void rejectsTakenClinicNameOnSelfSignup() throws Exception {
		signUp("first.owner", "Clinic-password-99", "Same Name Clinic");
		assertThat(signUp("second.owner", "Clinic-password-99", "same name clinic"))
			.contains("A clinic with that name already has an account");
		assertThat(this.accounts.findByUsername("second.owner")).isEmpty();
	}

	@Test
	void requiresClinicNameForClinicOwners() throws Exception {
		assertThat(signUp("no.clinic", "Clinic-password-99", "")).contains("Enter the clinic&#39;s name.")
			.doesNotContain("2 to 120");
		assertThat(signUp("short.clinic", "Clinic-password-99", "A")).contains("A clinic name has 2 to 120 characters.")
			.doesNotContain("Enter the clinic");
	}

	@Test
	void showsTheClinicNameFieldOnlyOnTheClinicOwnersSignUpPage() throws Exception {
		String seeker = this.mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString();
		assertThat(seeker).contains("Sign up as a job seeker")
			.contains("name=\"username\"")
			.doesNotContain("Clinic name")
			.doesNotContain("name=\"clinic\"");

		String owner = this.mvc.perform(get("/signup").param("as", "clinic"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(owner).contains("Sign up your clinic").contains("Clinic name").contains("name=\"clinic\"");

		String refusedSeeker = signUp("short.seeker", "short1", null);
		assertThat(refusedSeeker).contains("The password is too short").doesNotContain("Clinic name");
	}

	private String signUp(String username, String password, String clinic) throws Exception {
		var request = post("/signup").with(csrf()).param("username", username).param("password", password);
		if (clinic != null) {
			request.param("as", "clinic").param("clinic", clinic);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
