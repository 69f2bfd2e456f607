package io.tactus.reports.reference;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.UsState;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests {

	@Test
	void loadsBothBundledFiles() {
		ReferenceData reference = ReferenceData.load();

		assertThat(reference.projections().all()).isNotEmpty();
		assertThat(reference.priceParities().all()).isNotEmpty();
	}

	@Test
	void offersEmptyReferenceData() {
		ReferenceData none = ReferenceData.none("31-9011");

		assertThat(none.projections().forState(UsState.NV)).isEmpty();
		assertThat(none.priceParities().year()).isEmpty();
	}

}
