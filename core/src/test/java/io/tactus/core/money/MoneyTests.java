package io.tactus.core.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void roundsHalfUpToCents() {
		assertThat(Money.of(new BigDecimal("10.125")).amount()).isEqualTo(new BigDecimal("10.13"));
		assertThat(Money.of(new BigDecimal("10.124")).amount()).isEqualTo(new BigDecimal("10.12"));
		assertThat(Money.of(new BigDecimal("-0.005")).amount()).isEqualTo(new BigDecimal("-0.01"));
		assertThat(Money.parse("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
	}

	@Test
	void addsSubtractsAndMultipliesInCents() {
		Money fee = Money.parse("10.13");
		assertThat(fee.times(3)).isEqualTo(Money.parse("30.39"));
		assertThat(fee.times(new BigDecimal("0.85"))).isEqualTo(Money.parse("8.61"));
		assertThat(fee.plus(Money.parse("0.87")).minus(Money.parse("1"))).isEqualTo(Money.parse("10.00"));
		assertThat(Money.parse("1").minus(fee)).isEqualTo(Money.parse("-9.13"));
		assertThat(Money.parse("1").minus(fee).abs()).isEqualTo(Money.parse("9.13"));
		assertThat(Money.parse("100").dividedBy(3)).isEqualTo(Money.parse("33.33"));
		assertThat(Money.ofQuotient(new BigDecimal("99840"), new BigDecimal("2080"))).isEqualTo(Money.parse("48"));
	}

	@Test
	void comparesByAmountWhateverTheWrittenScale() {
		assertThat(Money.parse("0")).isEqualTo(Money.zero()).hasSameHashCodeAs(Money.parse("0.000"));
		assertThat(Money.zero().isZero()).isTrue();
		assertThat(Money.parse("2.00")).isGreaterThan(Money.parse("1.99"));
		assertThat(Money.parse("2480").shareOf(Money.parse("2480.00"), 4)).isEqualTo(new BigDecimal("1.0000"));
		assertThat(Money.parse("1204.9")).hasToString("1204.90");
	}

	@Test
	void rejectsDividingIntoNoParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1").dividedBy(0));
	}

}
