package io.tactus.web.clinic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientRefsTests {

	@Test
	void acceptsPseudonymousReferences() {
		assertThat(PatientRefs.problem("PT-0042")).isEmpty();
		assertThat(PatientRefs.problem("a1b")).isEmpty();
	}

	@Test
	void refusesNamesAndDates() {
		assertThat(PatientRefs.problem("Jane Doe")).contains("clinic.patientRef.pattern");
		assertThat(PatientRefs.problem("1980-04-12")).contains("clinic.patientRef.date");
		assertThat(PatientRefs.problem("04-12-1980")).contains("clinic.patientRef.date");
		assertThat(PatientRefs.problem("19800412")).contains("clinic.patientRef.date");
		assertThat(PatientRefs.problem("04/12/1980")).contains("clinic.patientRef.pattern");
		assertThat(PatientRefs.problem("")).contains("clinic.patientRef.required");
		assertThat(PatientRefs.problem("ab")).contains("clinic.patientRef.pattern");
	}

}
