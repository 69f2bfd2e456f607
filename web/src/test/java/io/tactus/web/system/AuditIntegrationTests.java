package io.tactus.web.system;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit log page shows a label for every kind of event.
 */
@TactusIntegrationTest
class AuditIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuditLog audit;

	@Autowired
	private Accounts accounts;

	@Test
	void showsALabelForEveryKindOfEvent() throws Exception {
		for (AuditAction action : AuditAction.values()) {
			this.audit.record("audit-test", action, "subject of " + action.key(), "");
		}
		var admin = this.accounts.findByUsername("admin").orElseThrow();
		String page = this.mvc.perform(get("/admin/audit").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("??")
			.contains("Visit log imported")
			.contains("Visit deleted")
			.contains("Visit import deleted with its visits")
			.contains("Wage dataset checked: ready");
	}

}
