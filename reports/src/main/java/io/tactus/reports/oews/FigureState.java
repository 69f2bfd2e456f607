package io.tactus.reports.oews;

/**
 * Why a figure in a wage table has, or has not, a number: BLS marks missing figures with
 * special values, which stay explicit states here and never turn into numbers.
 */
public enum FigureState {

	/** A published number. */
	KNOWN(""),

	/** An empty cell (for example annual wages of an hourly-only occupation). */
	BLANK(""),

	/** {@code *}: wage estimate not available. */
	WAGE_NOT_AVAILABLE("*"),

	/** {@code **}: employment estimate not available. */
	EMPLOYMENT_NOT_AVAILABLE("**"),

	/** {@code #}: wage at or above the top-coding threshold. */
	TOP_CODED("#"),

	/** {@code ~}: fewer than 0.5% of establishments report the occupation. */
	UNDER_HALF_PERCENT("~");

	private final String marker;

	FigureState(String marker) {
		this.marker = marker;
	}

	/**
	 * The BLS marker as it appears in the file, empty for {@link #KNOWN} and
	 * {@link #BLANK}.
	 * @return the marker
	 */
	public String marker() {
		return this.marker;
	}

	/**
	 * The state a BLS marker stands for.
	 * @param text the trimmed cell text
	 * @return the state, empty when the text is not a BLS marker
	 */
	public static java.util.Optional<FigureState> ofMarker(String text) {
		return switch (text) {
			case "" -> java.util.Optional.of(BLANK);
			case "*" -> java.util.Optional.of(WAGE_NOT_AVAILABLE);
			case "**" -> java.util.Optional.of(EMPLOYMENT_NOT_AVAILABLE);
			case "#" -> java.util.Optional.of(TOP_CODED);
			case "~" -> java.util.Optional.of(UNDER_HALF_PERCENT);
			default -> java.util.Optional.empty();
		};
	}

}
