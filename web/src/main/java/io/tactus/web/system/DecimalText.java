package io.tactus.web.system;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Numbers typed into a form or a query string, read with bounds before any arithmetic.
 *
 * <p>
 * Only plain decimal notation of at most {@link #MAX_LENGTH} characters is read
 * ({@code 12}, {@code -3.5}, {@code 0.25}): no exponent, no hexadecimal, no underscores,
 * no infinity or NaN. A number such as {@code 1e10000000} is refused by its text, so it
 * is never scaled, divided or printed in full, which could take minutes or fill the
 * memory. The value is then checked against a range and a number of decimals.
 */
public final class DecimalText {

	/** Longest text read as a number. */
	public static final int MAX_LENGTH = 20;

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private DecimalText() {
	}

	/**
	 * A number from {@code min} to {@code max} with at most {@code maxScale} decimals
	 * (trailing zeros do not count).
	 * @param text the text as sent, may be {@code null}
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @param maxScale the most decimals allowed
	 * @return the number, empty when missing, not a plain number, too long or out of
	 * range
	 */
	public static Optional<BigDecimal> decimal(String text, BigDecimal min, BigDecimal max, int maxScale) {
		if (text == null) {
			return Optional.empty();
		}
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_LENGTH || !PLAIN.matcher(stripped).matches()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(stripped);
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0
				|| (value.signum() != 0 && value.stripTrailingZeros().scale() > maxScale)) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/**
	 * A whole number from {@code min} to {@code max}.
	 * @param text the text as sent, may be {@code null}
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @return the number, empty when missing, not a whole plain number or out of range
	 */
	public static OptionalInt whole(String text, int min, int max) {
		return decimal(text, BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0)
			.map((value) -> OptionalInt.of(value.intValueExact()))
			.orElse(OptionalInt.empty());
	}

	/**
	 * Whether the text is missing or blank.
	 * @param text the text, may be {@code null}
	 * @return true when nothing was typed
	 */
	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
