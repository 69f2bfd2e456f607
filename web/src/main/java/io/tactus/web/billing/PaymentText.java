package io.tactus.web.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.tactus.core.billing.Gpci;
import io.tactus.core.billing.PaymentNote;
import io.tactus.core.billing.PaymentReason;
import io.tactus.web.system.MoneyText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the typed payment explanations of the billing engine from the message bundle
 * ({@code billing.payment.*}): how each line's amount was found
 * ({@code ${@paymentText.line(line.reason())}}) and how the visit's amounts were computed
 * ({@code ${@paymentText.note(note)}}), for the calculator and clinic pages and the JSON
 * API.
 */
@Component("paymentText")
public class PaymentText {

	private static final String PREFIX = "billing.payment.";

	private final MessageSource messages;

	private final MoneyText money;

	PaymentText(MessageSource messages, MoneyText money) {
		this.messages = messages;
		this.money = money;
	}

	/**
	 * How a line's amount was found, or why there is none, in the request's language.
	 * @param reason the reason
	 * @return the sentence(s)
	 */
	public String line(PaymentReason reason) {
		return line(reason, LocaleContextHolder.getLocale());
	}

	/**
	 * How the visit's amounts were computed, in the request's language.
	 * @param note the note
	 * @return the sentence
	 */
	public String note(PaymentNote note) {
		return note(note, LocaleContextHolder.getLocale());
	}

	String line(PaymentReason reason, Locale locale) {
		String key = "line." + reason.getClass().getSimpleName();
		return switch (reason) {
			case PaymentReason.NoUnits none -> text(key, locale);
			case PaymentReason.ClinicFee fee ->
				text(key, locale, fee.units(), this.money.text(fee.fee()), this.money.text(fee.amount()));
			case PaymentReason.NoFeeSchedule none -> text(key, locale);
			case PaymentReason.NoClinicFee fee -> text(key, locale, fee.code());
			case PaymentReason.NoMedicareSchedule none -> text(key, locale, none.year());
			case PaymentReason.NotInFeeSchedule missing -> missing.release()
				.map((release) -> text(key + ".release", locale, missing.code(), missing.year(), release))
				.orElseGet(() -> text(key, locale, missing.code(), missing.year()));
			case PaymentReason.Bundled bundled -> text(key, locale, bundled.code());
			case PaymentReason.NotCovered covered -> text(key, locale, covered.code());
			case PaymentReason.NotRecognised invalid -> invalid.replacement()
				.map((other) -> text(key + ".replacement", locale, invalid.code(), other))
				.orElseGet(() -> text(key, locale, invalid.code()));
			case PaymentReason.CarrierPriced priced -> text(key, locale, priced.code());
			case PaymentReason.RestrictedWithoutRvus restricted -> text(key, locale, restricted.code());
			case PaymentReason.NoLocality none -> text(key, locale, none.year(), none.locality().text());
			case PaymentReason.MedicareRate rate -> medicare(rate, key, locale);
		};
	}

	private String medicare(PaymentReason.MedicareRate rate, String key, Locale locale) {
		Gpci gpci = rate.gpci();
		String rvus = gpci.isNational()
				? text("rvus.national", locale, plain(rate.work()), plain(rate.practiceExpense()),
						plain(rate.malpractice()))
				: text("rvus.local", locale, plain(rate.work()), plain(gpci.work()), plain(rate.practiceExpense()),
						plain(gpci.practiceExpense()), plain(rate.malpractice()), plain(gpci.malpractice()));
		String share = (rate.fullUnits() > 0 && rate.reducedUnits() > 0) ? "both"
				: (rate.fullUnits() > 0) ? "full" : "reduced";
		String units = text("share." + share, locale, rate.fullUnits(), rate.reducedUnits());
		String text = text(rate.assistant() ? key + ".assistant" : key, locale, rate.units(), rvus,
				plain(rate.conversionFactor()), units, this.money.text(rate.amount()));
		return rate.restricted() ? text + " " + text(key + ".restricted", locale, rate.code()) : text;
	}

	String note(PaymentNote note, Locale locale) {
		String key = "note." + note.getClass().getSimpleName();
		return switch (note) {
			case PaymentNote.NoFeeSchedule none -> text(key, locale);
			case PaymentNote.ClinicSchedule clinic -> text(key, locale, clinic.schedule());
			case PaymentNote.MedicareSchedule schedule -> {
				String indices = indices(schedule.indices(), schedule.year(), locale);
				String factor = plain(schedule.conversionFactor());
				yield schedule.release()
					.map((release) -> text(key + ".release", locale, schedule.year(), factor, indices, release))
					.orElseGet(() -> text(key, locale, schedule.year(), factor, indices));
			}
			case PaymentNote.MultipleProcedureReduction mppr -> text(key, locale, mppr.units(), mppr.code());
			case PaymentNote.AllowedAmounts allowed -> text(key, locale);
			case PaymentNote.NoMedicareSchedule none -> none.loadedYears().isEmpty() ? text(key, locale, none.year())
					: text(key + ".loaded", locale, none.year(), years(none.loadedYears(), locale));
		};
	}

	private String indices(PaymentNote.Indices indices, int year, Locale locale) {
		String key = "indices." + indices.getClass().getSimpleName();
		return switch (indices) {
			case PaymentNote.LocalityIndices locality -> text(key, locale, locality.locality().label(), year,
					plain(locality.locality().gpci().work()), plain(locality.locality().gpci().practiceExpense()),
					plain(locality.locality().gpci().malpractice()));
			case PaymentNote.MissingLocality missing -> text(key, locale, missing.locality().text(), year);
			case PaymentNote.EnteredIndices entered ->
				text(key, locale, entered.gpci().locality(), year, plain(entered.gpci().work()),
						plain(entered.gpci().practiceExpense()), plain(entered.gpci().malpractice()));
			case PaymentNote.NationalIndices national -> text(key, locale);
		};
	}

	private String years(List<Integer> years, Locale locale) {
		List<String> items = years.stream().map(String::valueOf).toList();
		if (items.size() == 1) {
			return items.get(0);
		}
		String head = items.get(0);
		for (int i = 1; i < items.size() - 1; i++) {
			head = text("list.more", locale, head, items.get(i));
		}
		return text("list.last", locale, head, items.get(items.size() - 1));
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(PREFIX + key, arguments, locale);
	}

}
