package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo profile fills the demo clinic with the same visits on every start.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DemoClinicDataIntegrationTests {

	@Autowired
	private Accounts accounts;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	@Autowired
	private MockMvc mvc;

	@Test
	void demoClinicHasTherapistsPayersFeesAndVisits() throws Exception {
		TactusUser owner = this.accounts.findByUsername("owner@demo.tactus").orElseThrow();
		long clinic = owner.clinic().orElseThrow();

		assertThat(this.accounts.findByUsername("biller@demo.tactus").orElseThrow())
			.extracting(TactusUser::role, TactusUser::clinicId)
			.containsExactly(Role.CLINIC_BILLER, clinic);
		assertThat(this.accounts.findByUsername("viewer@demo.tactus").orElseThrow())
			.extracting(TactusUser::role, TactusUser::clinicId)
			.containsExactly(Role.CLINIC_VIEWER, clinic);
		assertThat(this.setup.therapists(clinic)).hasSize(4);
		assertThat(this.setup.payers(clinic)).hasSize(4);
		assertThat(this.setup.fees(clinic)).isNotEmpty();
		assertThat(this.visits.count(clinic)).isEqualTo(320);
		List<String> patients = new ArrayList<>();
		this.visits.forEach(clinic, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				(visit) -> patients.add(visit.patientRef()));
		assertThat(patients).hasSize(320).allMatch((ref) -> PatientRefs.problem(ref).isEmpty());

		String summary = this.mvc
			.perform(get("/clinic/summary?from=2026-01-01&to=2026-12-31&period=quarter").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(summary).contains("Alex Kim").contains("Blue Plan").contains("320");
		String wages = this.mvc.perform(get("/clinic/wages").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String threshold = this.mvc.perform(get("/clinic/threshold?year=2026").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(threshold).containsAnyOf(">Over<", ">Near<");
		assertThat(wages).contains("Maria Lopez").contains("derived").contains("not in the published dataset");
	}

}
