package io.tactus.web.system;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTextTests {

	private final MoneyText money = new MoneyText();

	@Test
	void showsDollarsWithThousandsSeparatorsAndCents() {
		assertThat(this.money.text(new BigDecimal("20866.27"))).isEqualTo("$20,866.27");
		assertThat(this.money.text(new BigDecimal("5"))).isEqualTo("$5.00");
	}

	@Test
	void putsTheMinusSignBeforeTheDollarSign() {
		assertThat(this.money.text(new BigDecimal("-98"))).isEqualTo("\u2212$98.00");
	}

	@Test
	void roundsHalfCentsUp() {
		assertThat(this.money.text(new BigDecimal("1.005"))).isEqualTo("$1.01");
	}

}
