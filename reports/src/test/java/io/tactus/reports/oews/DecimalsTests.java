package io.tactus.reports.oews;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTests {

	@Test
	void readsPlainDecimalsAsParseDoubleDoes() {
		for (String text : new String[] { "0", "-0", "22.53", "52410", "0.12", "1E3", "6e-3", "+7.5", "100.0", ".5",
				"5.", "000123.4500", "999999999999999", "0.000000000000000000001" }) {
			assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
		}
	}

	@Test
	void matchesParseDoubleBitForBitOnRandomDecimals() {
		Random random = new Random(13);
		for (int i = 0; i < 200_000; i++) {
			long digits = random.nextLong(1, 1_000_000_000_000_000L);
			int scale = random.nextInt(0, 17);
			String text = new BigDecimal(BigInteger.valueOf(digits), scale).toPlainString();
			double parsed = parse(text);
			if (!Double.isNaN(parsed)) {
				assertThat(Double.doubleToRawLongBits(parsed)).as(text)
					.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
			}
			String scientific = String.format(Locale.ROOT, "%de%d", digits % 1_000_000, scale - 8);
			assertThat(parse(scientific)).as(scientific).isEqualTo(Double.parseDouble(scientific));
		}
	}

	@Test
	void leavesWhatItCannotReadExactlyToParseDouble() {
		for (String text : new String[] { "", "-", ".", "1.2.3", "12a", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1d",
				" 1", "1234567890123456", "1e23", "1e-23", "1e400" }) {
			assertThat(parse(text)).as(text).isNaN();
		}
	}

	@Test
	void rawCellsReadNumbersFromTheirBufferAndKeepTheText() {
		RawCells cells = new RawCells();
		char[] chars = "x46083.25y".toCharArray();
		cells.set(2, chars, 1, 8, true);
		cells.set(3, "1.5E400", true);

		assertThat(cells.number(2)).isEqualTo(46083.25);
		assertThat(cells.text(2)).isEqualTo("46083.25");
		assertThat(cells.number(3)).isInfinite();
		assertThat(cells.isBlank()).isFalse();
	}

	private static double parse(String text) {
		char[] padded = ("##" + text + "##").toCharArray();
		return Decimals.parse(padded, 2, text.length());
	}

}
