package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import io.tactus.web.system.MoneyText;

/**
 * How a chart writes its values: dollars the way every page writes money
 * ({@link MoneyText}), whole counts and two-decimal ratios with thousands separators.
 */
enum ChartFormat {

	/** Dollars and cents, e.g. {@code $12,345.60}. */
	MONEY,

	/** A whole count, e.g. {@code 1,234}. */
	COUNT,

	/** A ratio to two decimals, e.g. {@code 2.35}. */
	DECIMAL;

	private static final MoneyText MONEY_TEXT = new MoneyText();

	String text(BigDecimal value) {
		return switch (this) {
			case MONEY -> MONEY_TEXT.text(value);
			case COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
			case DECIMAL -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
		};
	}

}
