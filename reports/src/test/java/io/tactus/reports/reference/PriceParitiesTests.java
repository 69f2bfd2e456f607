package io.tactus.reports.reference;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceParitiesTests {

	private static final String HEADER = "year,state_abbr,area_title,rpp_all_items,source_url\n";

	@Test
	void loadsTheBundledParitiesOfOneYear() {
		PriceParities parities = PriceParities.load();

		// 50 states and DC; BEA publishes none for Puerto Rico
		assertThat(parities.all()).hasSize(51);
		assertThat(parities.year()).hasValue(2024);
		assertThat(parities.forState(UsState.CA).orElseThrow().rpp()).isEqualTo(110.720);
		assertThat(parities.forState(UsState.AR).orElseThrow().rpp()).isEqualTo(86.937);
		assertThat(parities.forState(UsState.PR)).isEmpty();
	}

	@Test
	void adjustsAWageByTheParityOverOneHundred() {
		PriceParity parity = new PriceParity(UsState.AK, 2024, 125, "test");

		// 50,000 / 1.25
		assertThat(parity.adjust(50_000)).isEqualTo(40_000);
	}

	@Test
	void rejectsParitiesOfDifferentYears() {
		String csv = HEADER + "2024,AL,Alabama,88.823,x\n2023,AK,Alaska,102.0,x\n";

		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> PriceParities.parse("rpp.csv", new StringReader(csv)))
			.withMessageContaining("2024")
			.withMessageContaining("2023");
	}

	@Test
	void rejectsABlankOrNonPositiveParity() {
		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> PriceParities.parse("rpp.csv", new StringReader(HEADER + "2024,AL,Alabama,,x\n")))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(1));
		assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> PriceParities.parse("rpp.csv", new StringReader(HEADER + "2024,AL,Alabama,0,x\n")));
		assertThatIllegalArgumentException().isThrownBy(() -> new PriceParity(UsState.AL, 2024, -1, "x"));
	}

	@Test
	void hasNoYearWithoutParities() {
		assertThat(PriceParities.none().year()).isEmpty();
		assertThat(PriceParities.none().forState(UsState.AL)).isEmpty();
	}

}
