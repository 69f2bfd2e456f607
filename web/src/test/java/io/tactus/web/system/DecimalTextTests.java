package io.tactus.web.system;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalTextTests {

	private static final BigDecimal MAX = new BigDecimal("100000");

	@ParameterizedTest
	@ValueSource(strings = { "1e10000000", "1E+10000000", "-1e-999", "0x10", "1_000", "∞", "NaN", "Infinity", "1e308",
			"9999999999999999999999", "-1", "0.001", "12.345", "1,000", "12 34", "", " ", "+", ".", "1.2.3",
			"123456789012345678901" })
	void refusesWhatIsNotAPlainNumberInRange(String text) {
		assertThat(DecimalText.decimal(text, BigDecimal.ZERO, MAX, 2)).isEmpty();
	}

	@Test
	void readsPlainNumbersInRange() {
		assertThat(DecimalText.decimal(" 2480 ", BigDecimal.ZERO, MAX, 2)).contains(new BigDecimal("2480"));
		assertThat(DecimalText.decimal("45.50", BigDecimal.ZERO, MAX, 2)).contains(new BigDecimal("45.50"));
		assertThat(DecimalText.decimal("45.5000", BigDecimal.ZERO, MAX, 2)).contains(new BigDecimal("45.5000"));
		assertThat(DecimalText.decimal(".5", BigDecimal.ZERO, MAX, 2)).contains(new BigDecimal("0.5"));
		assertThat(DecimalText.decimal("-0", BigDecimal.ZERO, MAX, 2)).contains(BigDecimal.ZERO);
		assertThat(DecimalText.decimal(null, BigDecimal.ZERO, MAX, 2)).isEmpty();
	}

	@Test
	void readsWholeNumbers() {
		assertThat(DecimalText.whole("2026", 2000, 2100)).hasValue(2026);
		assertThat(DecimalText.whole("2026.0", 2000, 2100)).hasValue(2026);
		assertThat(DecimalText.whole("2026.5", 2000, 2100)).isEmpty();
		assertThat(DecimalText.whole("2147483648", 0, Integer.MAX_VALUE)).isEmpty();
	}

}
