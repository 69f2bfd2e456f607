package io.tactus.web.wages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

/**
 * Numbers as the wage pages write them (U.S. conventions: {@code $48,930},
 * {@code $23.52}, {@code 2.78}); templates reach it as {@code @wageFormat}.
 */
@Component("wageFormat")
class WageFormat {

	private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

	/** What an unknown figure shows. */
	static final String UNKNOWN = "–";

	/**
	 * A figure as the pages, exports and map write it.
	 * @param kind what the figure is
	 * @param unit the unit of wages
	 * @param value the figure
	 * @return the text, made from {@link #round(Kind, Unit, double)}
	 */
	static String format(Kind kind, Unit unit, double value) {
		BigDecimal shown = round(kind, unit, value);
		return switch (kind) {
			case WAGE -> (unit == Unit.HOURLY) ? pattern("$#,##0.00", shown) : pattern("$#,##0", shown);
			case COUNT -> pattern("#,##0", shown);
			case RATIO -> pattern("#,##0.00", shown);
			case INDEX -> pattern("#,##0.0", shown);
			case RANK -> pattern("0", shown);
			case SCORE -> pattern("+0.00;−0.00", shown);
			case PERCENT -> pattern("+0.0'%';−0.0'%'", shown);
			case TEXT -> String.valueOf(value);
		};
	}

	/**
	 * A figure rounded as it is shown: dollars a year, cents an hour, two decimals for
	 * ratios and scores, one for indexes and percentages, whole jobs and ranks. Exports
	 * write this number, so a downloaded figure equals the page's. Ties round to even, as
	 * {@link DecimalFormat} does.
	 * @param kind what the figure is
	 * @param unit the unit of wages
	 * @param value the figure, finite
	 * @return the rounded figure
	 */
	static BigDecimal round(Kind kind, Unit unit, double value) {
		int scale = switch (kind) {
			case WAGE -> (unit == Unit.HOURLY) ? 2 : 0;
			case COUNT, RANK -> 0;
			case RATIO, SCORE -> 2;
			case INDEX, PERCENT -> 1;
			case TEXT -> 16;
		};
		return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
	}

	private static String pattern(String pattern, BigDecimal value) {
		return new DecimalFormat(pattern, US).format(value);
	}

	private static String pattern(String pattern, double value) {
		return new DecimalFormat(pattern, US).format(value);
	}

	public String money(OptionalDouble value) {
		return value.isPresent() ? format(Kind.WAGE, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String money(double value) {
		return format(Kind.WAGE, Unit.ANNUAL, value);
	}

	public String ratio(double value) {
		return format(Kind.RATIO, Unit.ANNUAL, value);
	}

	public String hourly(OptionalDouble value) {
		return value.isPresent() ? format(Kind.WAGE, Unit.HOURLY, value.getAsDouble()) : UNKNOWN;
	}

	public String signedMoney(OptionalDouble value) {
		return value.isPresent() ? pattern("+$#,##0;−$#,##0", round(Kind.WAGE, Unit.ANNUAL, value.getAsDouble()))
				: UNKNOWN;
	}

	public String count(OptionalDouble value) {
		return value.isPresent() ? format(Kind.COUNT, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String ratio(OptionalDouble value) {
		return value.isPresent() ? format(Kind.RATIO, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String index(OptionalDouble value) {
		return value.isPresent() ? format(Kind.INDEX, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String score(OptionalDouble value) {
		return value.isPresent() ? format(Kind.SCORE, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String signedPercent(OptionalDouble value) {
		return value.isPresent() ? format(Kind.PERCENT, Unit.ANNUAL, value.getAsDouble()) : UNKNOWN;
	}

	public String percent(double value) {
		return pattern("0.0'%'", new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN));
	}

	public String decimal(double value) {
		return pattern("0.0", new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN));
	}

	public String rank(OptionalInt value) {
		return value.isPresent() ? Integer.toString(value.getAsInt()) : UNKNOWN;
	}

	public String signedRank(OptionalInt value) {
		return value.isPresent() ? pattern("+0;−0", value.getAsInt()) : UNKNOWN;
	}

}
