package io.tactus.reports.oews;

/**
 * Reads a plain decimal ({@code -12.345}, {@code 6E-3}) from characters without a
 * {@link String} or {@link java.math.BigDecimal}, when the result is exact: at most 15
 * significant digits and a power of ten within ±22, where one multiplication or division
 * of two exactly represented doubles gives the correctly rounded value (the same value
 * {@link Double#parseDouble} gives). Anything else is left to {@link Double#parseDouble}.
 */
final class Decimals {

	private static final double[] POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
			1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private static final int MAX_DIGITS = 15;

	private Decimals() {
	}

	/**
	 * The value of the characters, or {@link Double#NaN} when they are not a plain
	 * decimal that can be converted exactly this way.
	 */
	static double parse(char[] chars, int start, int length) {
		int i = start;
		int end = start + length;
		boolean negative = false;
		if (i < end && (chars[i] == '-' || chars[i] == '+')) {
			negative = chars[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0;
		int scale = 0;
		boolean any = false;
		boolean point = false;
		for (; i < end; i++) {
			char c = chars[i];
			if (c >= '0' && c <= '9') {
				any = true;
				if (mantissa != 0 || c != '0') {
					if (++digits > MAX_DIGITS) {
						return Double.NaN;
					}
				}
				mantissa = mantissa * 10 + (c - '0');
				if (point) {
					scale--;
				}
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else {
				break;
			}
		}
		if (!any) {
			return Double.NaN;
		}
		if (i < end) {
			if (chars[i] != 'e' && chars[i] != 'E') {
				return Double.NaN;
			}
			i++;
			boolean negativeExponent = false;
			if (i < end && (chars[i] == '-' || chars[i] == '+')) {
				negativeExponent = chars[i] == '-';
				i++;
			}
			if (i == end) {
				return Double.NaN;
			}
			int exponent = 0;
			for (; i < end; i++) {
				char c = chars[i];
				if (c < '0' || c > '9' || exponent > 1000) {
					return Double.NaN;
				}
				exponent = exponent * 10 + (c - '0');
			}
			scale += negativeExponent ? -exponent : exponent;
		}
		double value;
		if (mantissa == 0) {
			value = 0;
		}
		else if (scale >= 0 && scale < POWERS.length) {
			value = mantissa * POWERS[scale];
		}
		else if (scale < 0 && -scale < POWERS.length) {
			value = mantissa / POWERS[-scale];
		}
		else {
			return Double.NaN;
		}
		return negative ? -value : value;
	}

}
