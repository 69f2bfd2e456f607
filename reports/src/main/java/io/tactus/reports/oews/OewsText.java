package io.tactus.reports.oews;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Codes and numbers as OEWS files write them: numbers stored as text, integer codes
 * stored as numbers, SOC codes.
 */
final class OewsText {

	private OewsText() {
	}

	/**
	 * The integer text of a code stored as a number ({@code 1235.0} → {@code 1235}).
	 * @param raw the raw cell value
	 * @return the integer text, or the raw value when it is not an integer
	 */
	static String integerText(String raw) {
		if (raw.indexOf('.') < 0 && raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
			return raw;
		}
		try {
			BigDecimal number = new BigDecimal(raw).stripTrailingZeros();
			return (number.scale() <= 0) ? number.toPlainString() : raw;
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	/**
	 * A number written as text, such as {@code 1,230}, {@code $52,410} or {@code 22.53}:
	 * thousands separators (in groups of three) and a leading dollar sign are dropped.
	 * @param text the trimmed text
	 * @return the plain number text, empty when the text is not a number
	 */
	static Optional<String> plainNumber(String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder plain = new StringBuilder(text.length());
		int i = 0;
		if (text.charAt(0) == '-' || text.charAt(0) == '+') {
			plain.append(text.charAt(0));
			i++;
		}
		if (i < text.length() && text.charAt(i) == '$') {
			i++;
		}
		int digits = 0;
		int digitsSinceComma = -1;
		boolean point = false;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				plain.append(c);
				digits++;
				if (digitsSinceComma >= 0 && !point) {
					digitsSinceComma++;
				}
			}
			else if (c == ',' && !point && digits > 0 && (digitsSinceComma < 0 || digitsSinceComma == 3)) {
				digitsSinceComma = 0;
			}
			else if (c == '.' && !point && (digitsSinceComma < 0 || digitsSinceComma == 3)) {
				point = true;
				plain.append(c);
			}
			else {
				return Optional.empty();
			}
		}
		if (digits == 0 || (digitsSinceComma >= 0 && !point && digitsSinceComma != 3)) {
			return Optional.empty();
		}
		return Optional.of(plain.toString());
	}

	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	static boolean isSocCode(String code) {
		if (code.length() != 7 || code.charAt(2) != '-') {
			return false;
		}
		for (int i = 0; i < 7; i++) {
			if (i != 2 && (code.charAt(i) < '0' || code.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	static boolean isDigits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
