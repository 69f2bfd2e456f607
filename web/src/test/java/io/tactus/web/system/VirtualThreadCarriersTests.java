package io.tactus.web.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadCarriersTests {

	@Test
	void givesOneCarrierPerRequestSlot() {
		assertThat(VirtualThreadCarriers.count("12", 2)).isEqualTo(12);
	}

	@Test
	void givesFourPerCoreByDefaultOrWhenTheSettingIsUnusable() {
		assertThat(VirtualThreadCarriers.count(null, 2)).isEqualTo(8);
		assertThat(VirtualThreadCarriers.count("0", 3)).isEqualTo(12);
		assertThat(VirtualThreadCarriers.count("many", 2)).isEqualTo(8);
	}

}
