package io.tactus.web.account;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A clinic owner's staff from start to end: the owner adds a biller, who gets a temporary
 * password shown once, must choose their own at the first sign-in and then works in the
 * clinic; the owner re-issues passwords, changes roles and disables members, each ending
 * the member's sessions; no owner touches another clinic's staff, other owners or
 * themselves. Sessions live in the database, so each browser carries its cookie.
 */
@TactusIntegrationTest
class ClinicStaffIntegrationTests {

	private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password-value\">([^<]+)</code>");

	private static final String OWN_PASSWORD = "Biller-own-pw-2026";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private AuditLog audit;

	@Test
	void aNewBillerChoosesTheirOwnPasswordThenWorksUntilDisabled() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "life-owner", Role.CLINIC_OWNER, "Lifecycle Clinic");
		Browser owner = signIn("life-owner", TestAccounts.PASSWORD);

		MockHttpServletResponse added = owner
			.send(post("/clinic/staff").with(csrf()).param("username", "life-biller").param("role", "CLINIC_BILLER"));
		assertThat(added.getStatus()).isEqualTo(200);
		assertThat(added.getHeader("Cache-Control")).contains("no-store");
		String temporary = temporaryPassword(added);
		assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
		TactusUser biller = this.accounts.findByUsername("life-biller").orElseThrow();
		assertThat(biller.role()).isEqualTo(Role.CLINIC_BILLER);
		assertThat(biller.clinic()).isEqualTo(this.accounts.findByUsername("life-owner").orElseThrow().clinic());
		assertThat(biller.mustChangePassword()).isTrue();
		assertThat(owner.send(get("/clinic/staff")).getContentAsString(StandardCharsets.UTF_8)).contains("life-biller")
			.doesNotContain(temporary);
		assertThat(this.audit.newest(5, 0)).anySatisfy((event) -> {
			assertThat(event.actor()).isEqualTo("life-owner");
			assertThat(event.action()).isEqualTo("account.created");
			assertThat(event.subject()).isEqualTo("life-biller");
		});

		Browser staff = signIn("life-biller", temporary);
		assertThat(staff.send(get("/clinic/visits")).getRedirectedUrl()).isEqualTo("/account");
		assertThat(staff.send(get("/")).getRedirectedUrl()).isEqualTo("/account");
		assertThat(staff.send(get("/account")).getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"must-change-password\"")
			.contains("only temporary");
		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/me").with(httpBasic("life-biller", temporary)))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(403);
		assertThat(api.getContentType()).contains("json");
		assertThat(api.getContentAsString()).contains("temporary password");

		MockHttpServletResponse same = staff
			.send(post("/account").with(csrf()).param("current", temporary).param("password", temporary));
		assertThat(same.getStatus()).isEqualTo(200);
		assertThat(same.getContentAsString(StandardCharsets.UTF_8))
			.contains("The new password must differ from the current one.");
		MockHttpServletResponse changed = staff
			.send(post("/account").with(csrf()).param("current", temporary).param("password", OWN_PASSWORD));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/");
		assertThat(staff.send(get("/clinic/visits")).getStatus()).isEqualTo(200);
		assertThat(staff.send(get("/clinic/visits/new")).getStatus()).isEqualTo(200);
		assertThat(staff.send(get("/clinic/settings")).getStatus()).as("a biller reads the settings").isEqualTo(200);
		assertThat(staff.send(post("/clinic/settings/payers").with(csrf())).getStatus()).isEqualTo(403);
		assertThat(staff.send(get("/clinic/staff")).getStatus()).isEqualTo(403);
		assertThat(this.accounts.findByUsername("life-biller").orElseThrow().mustChangePassword()).isFalse();
		assertThat(this.mvc.perform(get("/api/v1/me").with(httpBasic("life-biller", OWN_PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		MockHttpServletResponse disabled = owner
			.send(post("/clinic/staff/" + biller.id() + "/enabled").with(csrf()).param("enabled", "false"));
		assertThat(disabled.getRedirectedUrl()).isEqualTo("/clinic/staff");
		assertThat(staff.send(get("/clinic/visits")).getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(this.mvc
			.perform(post("/login").with(csrf()).param("username", "life-biller").param("password", OWN_PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?disabled");
		assertThat(this.audit.newest(5, 0)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("account.disabled");
			assertThat(event.subject()).isEqualTo("life-biller");
		});
	}

	@Test
	void aNewTemporaryPasswordEndsTheSessionsAndMustBeChangedAgain() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "reissue-owner", Role.CLINIC_OWNER, "Reissue Clinic");
		TactusUser viewer = TestAccounts.ensure(this.accounts, this.service, "reissue-viewer", Role.CLINIC_VIEWER,
				"Reissue Clinic");
		Browser owner = signIn("reissue-owner", TestAccounts.PASSWORD);
		Browser staff = signIn("reissue-viewer", TestAccounts.PASSWORD);
		assertThat(staff.send(get("/clinic/visits")).getStatus()).isEqualTo(200);

		MockHttpServletResponse reissued = owner.send(post("/clinic/staff/" + viewer.id() + "/password").with(csrf()));
		assertThat(reissued.getStatus()).isEqualTo(200);
		String temporary = temporaryPassword(reissued);

		assertThat(staff.send(get("/clinic/visits")).getRedirectedUrl()).isEqualTo("/login?ended");
		Browser again = signIn("reissue-viewer", temporary);
		assertThat(again.send(get("/clinic/summary")).getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.audit.newest(5, 0)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("account.passwordReset");
			assertThat(event.subject()).isEqualTo("reissue-viewer");
		});
	}

	@Test
	void aRoleChangeTakesEffectAtTheNextSignIn() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "role-owner", Role.CLINIC_OWNER, "Role Clinic");
		TactusUser member = TestAccounts.ensure(this.accounts, this.service, "role-member", Role.CLINIC_BILLER,
				"Role Clinic");
		Browser owner = signIn("role-owner", TestAccounts.PASSWORD);
		Browser staff = signIn("role-member", TestAccounts.PASSWORD);
		assertThat(staff.send(get("/clinic/visits/new")).getStatus()).isEqualTo(200);

		assertThat(
				owner.send(post("/clinic/staff/" + member.id() + "/role").with(csrf()).param("role", "CLINIC_VIEWER"))
					.getRedirectedUrl())
			.isEqualTo("/clinic/staff");
		assertThat(owner.send(get("/clinic/staff")).getContentAsString(StandardCharsets.UTF_8))
			.contains("role is changed");

		assertThat(staff.send(get("/clinic/visits/new")).getRedirectedUrl()).isEqualTo("/login?ended");
		Browser viewer = signIn("role-member", TestAccounts.PASSWORD);
		assertThat(viewer.send(get("/clinic/visits/new")).getStatus()).isEqualTo(403);
		assertThat(viewer.send(post("/clinic/visits/new").with(csrf()).param("patientRef", "R-1")).getStatus())
			.isEqualTo(403);
		assertThat(viewer.send(get("/clinic/visits")).getStatus()).isEqualTo(200);
		assertThat(owner.send(post("/clinic/staff/" + member.id() + "/role").with(csrf()).param("role", "ADMIN"))
			.getRedirectedUrl()).isEqualTo("/clinic/staff");
		assertThat(owner.send(get("/clinic/staff")).getContentAsString(StandardCharsets.UTF_8))
			.contains("Choose biller or viewer.");
		assertThat(this.accounts.findByUsername("role-member").orElseThrow().role()).isEqualTo(Role.CLINIC_VIEWER);
	}

	@Test
	void anOwnerTouchesNeitherAnotherClinicsStaffNorOwners() throws Exception {
		TactusUser ownerA = TestAccounts.ensure(this.accounts, this.service, "touch-owner-a", Role.CLINIC_OWNER,
				"Touch Clinic A");
		TactusUser coOwnerA = TestAccounts.ensure(this.accounts, this.service, "touch-coowner-a", Role.CLINIC_OWNER,
				"Touch Clinic A");
		TactusUser billerA = TestAccounts.ensure(this.accounts, this.service, "touch-biller-a", Role.CLINIC_BILLER,
				"Touch Clinic A");
		TestAccounts.ensure(this.accounts, this.service, "touch-owner-b", Role.CLINIC_OWNER, "Touch Clinic B");
		Browser ownerB = signIn("touch-owner-b", TestAccounts.PASSWORD);
		Browser owner = signIn("touch-owner-a", TestAccounts.PASSWORD);

		for (long id : new long[] { billerA.id(), ownerA.id() }) {
			assertThat(ownerB.send(post("/clinic/staff/" + id + "/enabled").with(csrf()).param("enabled", "false"))
				.getStatus()).isEqualTo(404);
			assertThat(ownerB.send(post("/clinic/staff/" + id + "/password").with(csrf())).getStatus()).isEqualTo(404);
		}
		for (long id : new long[] { ownerA.id(), coOwnerA.id() }) {
			assertThat(owner.send(post("/clinic/staff/" + id + "/enabled").with(csrf()).param("enabled", "false"))
				.getStatus()).isEqualTo(404);
			assertThat(owner.send(post("/clinic/staff/" + id + "/password").with(csrf())).getStatus()).isEqualTo(404);
			assertThat(owner.send(post("/clinic/staff/" + id + "/role").with(csrf()).param("role", "CLINIC_VIEWER"))
				.getStatus()).isEqualTo(404);
		}
		assertThat(this.accounts.findByUsername("touch-biller-a").orElseThrow().credentialsVersion())
			.isEqualTo(billerA.credentialsVersion());
		assertThat(this.accounts.findByUsername("touch-coowner-a").orElseThrow().enabled()).isTrue();
		assertThat(ownerB.send(get("/clinic/staff")).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("touch-biller-a");
		assertThat(owner.send(get("/clinic/staff")).getContentAsString(StandardCharsets.UTF_8))
			.contains("touch-biller-a")
			.contains("touch-coowner-a");
	}

	@Test
	void addingStaffChecksTheNameAndTheRole() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "check-owner", Role.CLINIC_OWNER, "Check Clinic");
		TestAccounts.ensure(this.accounts, this.service, "check-taken", Role.JOB_SEEKER, null);
		Browser owner = signIn("check-owner", TestAccounts.PASSWORD);

		String taken = owner
			.send(post("/clinic/staff").with(csrf()).param("username", "check-taken").param("role", "CLINIC_VIEWER"))
			.getContentAsString(StandardCharsets.UTF_8);
		String invalid = owner
			.send(post("/clinic/staff").with(csrf()).param("username", "a b").param("role", "CLINIC_VIEWER"))
			.getContentAsString(StandardCharsets.UTF_8);
		String owners = owner
			.send(post("/clinic/staff").with(csrf()).param("username", "check-new").param("role", "CLINIC_OWNER"))
			.getContentAsString(StandardCharsets.UTF_8);
		String nonsense = owner
			.send(post("/clinic/staff").with(csrf()).param("username", "check-new").param("role", "EMPEROR"))
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(taken).contains("That user name is already taken").doesNotContain("temporary-password-value");
		assertThat(invalid).contains("A user name has 3 to 40 letters");
		assertThat(owners).contains("Choose biller or viewer.");
		assertThat(nonsense).contains("Choose biller or viewer.");
		assertThat(this.accounts.findByUsername("check-new")).isEmpty();
	}

	@Test
	void staffCannotSignThemselvesUpAndAdminsAddThemOnlyToAnExistingClinic() {
		assertThatExceptionOfType(AccountRejectedException.class)
			.isThrownBy(() -> this.service.signUp(
					new NewAccount("signup-biller", TestAccounts.PASSWORD, Role.CLINIC_BILLER, "Anything"), "10.9.9.9"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(AccountRejectedException.Problem::code)
				.containsExactly("account.role.required"));
		assertThatExceptionOfType(AccountRejectedException.class)
			.isThrownBy(() -> this.service.createByAdmin(
					new NewAccount("admin-viewer", TestAccounts.PASSWORD, Role.CLINIC_VIEWER, "No Such Clinic"),
					"admin"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(AccountRejectedException.Problem::code)
				.containsExactly("account.clinic.unknown"));
		assertThat(this.accounts.findByUsername("signup-biller")).isEmpty();
		assertThat(this.accounts.findByUsername("admin-viewer")).isEmpty();
	}

	@Test
	void theAdminsUserListNamesTheNewRoles() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, "list-owner", Role.CLINIC_OWNER, "List Clinic");
		TestAccounts.ensure(this.accounts, this.service, "list-biller", Role.CLINIC_BILLER, "List Clinic");
		TestAccounts.ensure(this.accounts, this.service, "list-viewer", Role.CLINIC_VIEWER, "List Clinic");
		Browser admin = signIn("admin", TestAccounts.ADMIN_PASSWORD);

		String page = admin.send(get("/admin/users")).getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Clinic biller").contains("Clinic viewer").contains("List Clinic");
	}

	private static String temporaryPassword(MockHttpServletResponse response) throws Exception {
		Matcher matcher = TEMPORARY.matcher(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("the temporary password is shown").isTrue();
		return matcher.group(1);
	}

	private Browser signIn(String username, String password) throws Exception {
		Browser browser = new Browser();
		MockHttpServletResponse response = browser
			.send(post("/login").with(csrf()).param("username", username).param("password", password));
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return browser;
	}

	/**
	 * One browser: its session cookie, replaced by every response that sets a new one.
	 */
	private final class Browser implements RequestPostProcessor {

		private Cookie cookie;

		MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
			MockHttpServletResponse response = ClinicStaffIntegrationTests.this.mvc.perform(request.with(this))
				.andReturn()
				.getResponse();
			Cookie set = response.getCookie("SESSION");
			if (set != null) {
				this.cookie = set;
			}
			return response;
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			if (this.cookie != null) {
				request.setCookies(this.cookie);
			}
			return request;
		}

	}

}
