package io.tactus.web.datasets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.tactus.web.datasets.DatasetDiff.Check;
import io.tactus.web.system.FigureText;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a comparison check into words, for the dataset page
 * ({@code ${@datasetChecks.text(check)}}) and the API.
 */
@Component("datasetChecks")
class DatasetCheckText {

	private final MessageSource messages;

	private final FigureText figures;

	DatasetCheckText(MessageSource messages, FigureText figures) {
		this.messages = messages;
		this.figures = figures;
	}

	/**
	 * The check in the current request's language.
	 * @param check the check
	 * @return what was found, naming the column and the figures
	 */
	public String text(Check check) {
		return text(check, LocaleContextHolder.getLocale());
	}

	String text(Check check, Locale locale) {
		String what = this.messages.getMessage("datasets.figure." + check.column().name(), null, locale);
		String before = this.figures.text(check.before());
		String after = this.figures.text(check.after());
		Object detail = switch (check.kind()) {
			case MISSING_COLUMN -> String.format(Locale.ROOT, "%,d", check.areasBefore());
			case EMPLOYMENT_JUMP -> factor(check);
			case MEDIAN_JUMP -> percent(check);
			default -> "";
		};
		Object[] arguments = { check.column().name(), before, after, detail, capitalized(what), what };
		return this.messages.getMessage("datasets.check." + check.kind().name(), arguments, locale);
	}

	private static String factor(Check check) {
		double before = check.before().value().orElse(0);
		double after = check.after().value().orElse(0);
		double low = Math.min(before, after);
		if (low <= 0) {
			return "\u221e";
		}
		return BigDecimal.valueOf(Math.max(before, after) / low).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	private static String percent(Check check) {
		double before = check.before().value().orElse(0);
		double after = check.after().value().orElse(0);
		long percent = Math.round(100 * (after - before) / before);
		return (percent > 0) ? "+" + percent : Long.toString(percent);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
