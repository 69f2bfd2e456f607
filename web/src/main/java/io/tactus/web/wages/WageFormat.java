package io.tactus.web.wages;

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

	static String format(Kind kind, Unit unit, double value) {
		return switch (kind) {
			case WAGE -> (unit == Unit.HOURLY) ? pattern("$#,##0.00", value) : pattern("$#,##0", value);
			case COUNT -> pattern("#,##0", value);
			case RATIO -> pattern("#,##0.00", value);
			case INDEX -> pattern("#,##0.0", value);
			case RANK -> pattern("0", value);
			case SCORE -> pattern("+0.00;−0.00", value);
			case PERCENT -> pattern("+0.0'%';−0.0'%'", value);
			case TEXT -> String.valueOf(value);
		};
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
		return value.isPresent() ? pattern("+$#,##0;−$#,##0", value.getAsDouble()) : UNKNOWN;
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
		return pattern("0.0'%'", value);
	}

	public String decimal(double value) {
		return pattern("0.0", value);
	}

	public String rank(OptionalInt value) {
		return value.isPresent() ? Integer.toString(value.getAsInt()) : UNKNOWN;
	}

	public String signedRank(OptionalInt value) {
		return value.isPresent() ? pattern("+0;−0", value.getAsInt()) : UNKNOWN;
	}

}
