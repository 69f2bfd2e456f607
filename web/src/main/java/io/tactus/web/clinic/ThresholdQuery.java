package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.money.Money;
import io.tactus.core.summary.KxThreshold;
import io.tactus.web.system.DecimalText;

/**
 * The parameters of the KX threshold page, as typed. Every field is text so that a wrong
 * value comes back with a message naming it; each is read with {@link DecimalText}, so a
 * number such as {@code 1e10000000} is refused before any arithmetic.
 *
 * @param year the calendar year, 2000 to 2100; this year when empty
 * @param amount the threshold in dollars, 0.01 to 100,000 with at most 2 decimals; the
 * 2026 amount when empty
 * @param nearPercent the share of the threshold from which a patient is near, 1 to 100
 * @param perWeek visits per week for the forecast, above 0 and at most 14, at most 2
 * decimals
 * @param perVisit the allowed amount per visit for the forecast, 0.01 to 100,000 with at
 * most 2 decimals; each patient's average when empty
 */
record ThresholdQuery(String year, String amount, String nearPercent, String perWeek, String perVisit) {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

	private static final BigDecimal CENT = new BigDecimal("0.01");

	private static final BigDecimal DEFAULT_PER_WEEK = new BigDecimal("2");

	private static final int DEFAULT_NEAR_PERCENT = 80;

	int year(Map<String, String> errors, int thisYear) {
		if (DecimalText.isBlank(this.year)) {
			return thisYear;
		}
		OptionalInt value = DecimalText.whole(this.year, 2000, 2100);
		if (value.isEmpty()) {
			errors.put("year", "clinic.threshold.year.invalid");
			return thisYear;
		}
		return value.getAsInt();
	}

	Money amount(Map<String, String> errors) {
		return money("amount", this.amount, errors).orElse(KxThreshold.AMOUNT_2026);
	}

	int nearPercent(Map<String, String> errors) {
		if (DecimalText.isBlank(this.nearPercent)) {
			return DEFAULT_NEAR_PERCENT;
		}
		OptionalInt value = DecimalText.whole(this.nearPercent, 1, 100);
		if (value.isEmpty()) {
			errors.put("nearPercent", "clinic.threshold.near.invalid");
			return DEFAULT_NEAR_PERCENT;
		}
		return value.getAsInt();
	}

	BigDecimal perWeek(Map<String, String> errors) {
		if (DecimalText.isBlank(this.perWeek)) {
			return DEFAULT_PER_WEEK;
		}
		Optional<BigDecimal> value = DecimalText.decimal(this.perWeek, CENT, BigDecimal.valueOf(14), 2);
		if (value.isEmpty()) {
			errors.put("perWeek", "clinic.threshold.perWeek.invalid");
			return DEFAULT_PER_WEEK;
		}
		return value.get();
	}

	Optional<Money> perVisit(Map<String, String> errors) {
		return money("perVisit", this.perVisit, errors);
	}

	private static Optional<Money> money(String field, String text, Map<String, String> errors) {
		if (DecimalText.isBlank(text)) {
			return Optional.empty();
		}
		Optional<BigDecimal> value = DecimalText.decimal(text, CENT, MAX_AMOUNT, 2);
		if (value.isEmpty()) {
			errors.put(field, "clinic.threshold." + field + ".invalid");
		}
		return value.map(Money::of);
	}

	/**
	 * What the form shows: the text as typed when there was some (cut to a bounded
	 * length), else the value used.
	 */
	static String shown(String typed, String used) {
		if (DecimalText.isBlank(typed)) {
			return used;
		}
		String text = typed.strip();
		return (text.length() > DecimalText.MAX_LENGTH * 2) ? text.substring(0, DecimalText.MAX_LENGTH * 2) : text;
	}

}
