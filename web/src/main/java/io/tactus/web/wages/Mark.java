package io.tactus.web.wages;

import io.tactus.reports.oews.FigureState;

/**
 * Why a cell has no number, or why a state's figures need caution: the marks of the
 * legend.
 */
enum Mark {

	TOP_CODED("#", "wages.mark.topCoded"),

	WAGE_NOT_AVAILABLE("*", "wages.mark.wageNotAvailable"),

	EMPLOYMENT_NOT_AVAILABLE("**", "wages.mark.employmentNotAvailable"),

	UNDER_HALF_PERCENT("~", "wages.mark.underHalfPercent"),

	NOT_PUBLISHED("–", "wages.mark.notPublished"),

	NO_PRICE_PARITY("‡", "wages.mark.noPriceParity"),

	THIN_SAMPLE("†", "wages.mark.thinSample"),

	OUTLIER("!", "wages.mark.outlier");

	private final String symbol;

	private final String messageKey;

	Mark(String symbol, String messageKey) {
		this.symbol = symbol;
		this.messageKey = messageKey;
	}

	public String symbol() {
		return this.symbol;
	}

	public String messageKey() {
		return this.messageKey;
	}

	static Mark of(FigureState state) {
		return switch (state) {
			case TOP_CODED -> TOP_CODED;
			case WAGE_NOT_AVAILABLE -> WAGE_NOT_AVAILABLE;
			case EMPLOYMENT_NOT_AVAILABLE -> EMPLOYMENT_NOT_AVAILABLE;
			case UNDER_HALF_PERCENT -> UNDER_HALF_PERCENT;
			case BLANK, KNOWN -> NOT_PUBLISHED;
		};
	}

}
