package io.tactus.reports.reference;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class ProjectionsTests {

	private static final String HEADER = "state_abbr,area_title,base_year,proj_year,base_emp,proj_emp,pct_change,"
			+ "annual_openings,source_url\n";

	@Test
	void loadsTheBundledProjectionsWithTheirCycles() {
		Projections projections = Projections.load();

		Projection nevada = projections.forState(UsState.NV).orElseThrow();
		assertThat(nevada.baseYear()).isEqualTo(2024);
		assertThat(nevada.projectedYear()).isEqualTo(2034);
		assertThat(nevada.baseEmployment()).hasValue(3170);
		assertThat(nevada.projectedEmployment()).hasValue(3940);
		assertThat(nevada.percentChange()).hasValue(24.1);
		assertThat(nevada.annualOpenings()).hasValue(510);
		assertThat(nevada.sourceUrl()).startsWith("https://");
		assertThat(projections.forState(UsState.TX).orElseThrow().baseYear()).isEqualTo(2020);
		assertThat(projections.occupationCode()).isEqualTo("31-9011");
		assertThat(projections.all()).hasSize(5);
	}

	@Test
	void keepsBlankCellsUnknown() {
		Projections projections = Projections.load();

		Projection minnesota = projections.forState(UsState.MN).orElseThrow();
		assertThat(minnesota.percentChange()).hasValue(17.4);
		assertThat(minnesota.baseEmployment()).isEmpty();
		assertThat(minnesota.annualOpenings()).isEmpty();
		assertThat(projections.forState(UsState.CO).orElseThrow().annualOpenings()).isEmpty();
		assertThat(projections.forState(UsState.AL)).isEmpty();
	}

	@Test
	void keepsTheNationalProjectionApart() {
		Projection national = Projections.load().national().orElseThrow();

		assertThat(national.isNational()).isTrue();
		assertThat(national.state()).isEmpty();
		assertThat(national.projectedEmployment()).hasValue(193_900);
	}

	@Test
	void computesOpeningsPer1000FromTheProjectionsOwnBase() {
		Projections projections = Projections.load();

		// Nevada 510 / 3,170 x 1,000 = 160.883; Minnesota has neither figure
		assertThat(projections.forState(UsState.NV).orElseThrow().openingsPer1000().getAsDouble()).isCloseTo(160.883281,
				within(1e-6));
		assertThat(projections.forState(UsState.MN).orElseThrow().openingsPer1000()).isEmpty();
	}

	@Test
	void rejectsACellThatIsNotANumberNamingTheLineAndValue() {
		String csv = HEADER + "NV,Nevada,2024,2034,3170,3940,about 24,510,x\n";

		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> Projections.parse("31-9011", "test.csv", new StringReader(csv)))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(1))
			.satisfies((ex) -> assertThat(ex.value()).isEqualTo("about 24"));
	}

	@Test
	void rejectsAnUnknownStateOrACycleRunningBackwards() {
		assertThatExceptionOfType(ReferenceDataException.class).isThrownBy(() -> Projections.parse("31-9011",
				"test.csv", new StringReader(HEADER + "ZZ,Nowhere,2024,2034,,,,,\n")));
		assertThatExceptionOfType(ReferenceDataException.class).isThrownBy(() -> Projections.parse("31-9011",
				"test.csv", new StringReader(HEADER + "NV,Nevada,2034,2024,,,,,\n")));
	}

	@Test
	void rejectsTwoProjectionsForOneState() {
		String csv = HEADER + "NV,Nevada,2024,2034,,,24.1,,x\nNV,Nevada,2022,2032,,,20,,x\n";

		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> Projections.parse("31-9011", "test.csv", new StringReader(csv)))
			.withMessageContaining("NV");
	}

	@Test
	void rejectsAFileWithoutTheExpectedColumns() {
		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> Projections.parse("31-9011", "test.csv", new StringReader("state,growth\nNV,24\n")))
			.withMessageContaining("missing column");
	}

}
