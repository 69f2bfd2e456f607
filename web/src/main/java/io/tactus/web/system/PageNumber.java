package io.tactus.web.system;

import java.util.regex.Pattern;

/**
 * The {@code page} parameter of a paged list, clamped: a negative, missing or non-numeric
 * page is the first, a page beyond {@link #MAX} is {@link #MAX} (an empty page), so the
 * offset of a page can never overflow.
 */
public final class PageNumber {

	/** The last page number read; with 50 rows a page, 50 million rows. */
	public static final int MAX = 1_000_000;

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");

	private PageNumber() {
	}

	/**
	 * The page number, from 0 to {@link #MAX}.
	 * @param text the parameter as sent, may be {@code null}
	 * @return the page
	 */
	public static int of(String text) {
		if (text == null) {
			return 0;
		}
		String stripped = text.strip();
		if (!NUMBER.matcher(stripped).matches() || stripped.startsWith("-")) {
			return 0;
		}
		String digits = stripped.replaceFirst("^\\+?0*", "");
		if (digits.isEmpty()) {
			return 0;
		}
		if (digits.length() > 7) {
			return MAX;
		}
		return Math.min(MAX, Integer.parseInt(digits));
	}

}
