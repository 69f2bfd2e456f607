package io.tactus.web.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.tactus.core.billing.UnitStep;
import org.springframework.context.MessageSource;

/**
 * Words the typed steps of a unit calculation from the message bundle
 * ({@code billing.step.*}); {@link BillingText} hands them to the pages and the API.
 */
final class UnitStepText {

	private static final String KEY = "billing.step.";

	private final MessageSource messages;

	private final WordLists words;

	UnitStepText(MessageSource messages) {
		this.messages = messages;
		this.words = new WordLists(messages);
	}

	String step(UnitStep step, Locale locale) {
		return switch (step) {
			case UnitStep.RuleIntro intro -> text("RuleIntro." + intro.rule().name(), locale);
			case UnitStep.NoTimedCodes none -> text("NoTimedCodes", locale);
			case UnitStep.PooledMinutes pooled -> text("PooledMinutes", locale,
					fold(pooled.parts(), (part) -> text("PooledMinutes.part", locale, part.code(), part.minutes()),
							"PooledMinutes.join", locale),
					pooled.total());
			case UnitStep.ChartTotal chart ->
				text("ChartTotal", locale, chart.minutes(), chart.units(), chart.fromMinutes(), chart.toMinutes());
			case UnitStep.UnderEightMinutes under -> text("UnderEightMinutes", locale, under.minutes());
			case UnitStep.FullUnitsKept kept -> text("FullUnitsKept", locale, this.words.and(kept.codes()
				.stream()
				.map((code) -> text("FullUnitsKept.code", locale, code.code(), code.minutes(), code.fullUnits()))
				.toList(), locale));
			case UnitStep.NoCodeReached15 none -> text("NoCodeReached15", locale);
			case UnitStep.LeftoversShort leftovers ->
				text("LeftoversShort", locale, leftovers(leftovers.leftovers(), locale));
			case UnitStep.LeftoverUnitsGiven given -> text("LeftoverUnitsGiven", locale, given.units(),
					leftovers(given.leftovers(), locale), this.words
						.and(given.positions().stream().map((p) -> this.words.ordinal(p, locale)).toList(), locale),
					this.words.and(given.winners(), locale));
			case UnitStep.Tie tie ->
				text("Tie", locale, this.words.and(tie.codes(), locale), tie.remainder(), tie.unitsWon());
			case UnitStep.AmaCode code -> text(code.underEightMinutes() ? "AmaCode.underEight" : "AmaCode", locale,
					code.code(), code.minutes(), code.units());
			case UnitStep.AmaTimedTotal total -> text("AmaTimedTotal", locale, total.minutes(), total.units());
			case UnitStep.UntimedCodes untimed ->
				text("UntimedCodes", locale, this.words.and(untimed.codes(), locale), untimed.codes().size());
			case UnitStep.AsEntered entered -> text("AsEntered", locale, fold(entered.codes(),
					(code) -> text("AsEntered.code", locale, code.code(), code.units()), "list.comma", locale));
			case UnitStep.MergedLines merged -> text("MergedLines", locale, merged.code(), merged.lines());
			case UnitStep.Total total -> text((total.untimed() == 0) ? "Total" : "Total.untimed", locale, total.timed(),
					total.untimed(), total.units());
		};
	}

	private String leftovers(List<UnitStep.CodeMinutes> leftovers, Locale locale) {
		return fold(leftovers, (leftover) -> text("leftover", locale, leftover.code(), leftover.minutes()),
				"list.comma", locale);
	}

	private <T> String fold(List<T> items, Function<T, String> word, String join, Locale locale) {
		List<String> words = new ArrayList<>(items.size());
		for (T item : items) {
			words.add(word.apply(item));
		}
		return this.words.join(words, join, join, locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(KEY + key, arguments, locale);
	}

	/**
	 * Ordinals and lists in the words of the bundle: "third", "13th"; "a, b and c".
	 */
	static final class WordLists {

		private final MessageSource messages;

		WordLists(MessageSource messages) {
			this.messages = messages;
		}

		String ordinal(int position, Locale locale) {
			String named = this.messages.getMessage(KEY + "ordinal." + position, null, null, locale);
			if (named != null) {
				return named;
			}
			int lastTwo = position % 100;
			String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "other" : switch (position % 10) {
				case 1 -> "one";
				case 2 -> "two";
				case 3 -> "few";
				default -> "other";
			};
			return this.messages.getMessage(KEY + "ordinal." + suffix, new Object[] { position }, locale);
		}

		String and(List<String> items, Locale locale) {
			return join(items, "list.comma", "list.and", locale);
		}

		String join(List<String> items, String middle, String last, Locale locale) {
			if (items.isEmpty()) {
				return "";
			}
			String joined = items.get(0);
			for (int i = 1; i < items.size(); i++) {
				String key = (i == items.size() - 1) ? last : middle;
				joined = this.messages.getMessage(KEY + key, new Object[] { joined, items.get(i) }, locale);
			}
			return joined;
		}

	}

}
