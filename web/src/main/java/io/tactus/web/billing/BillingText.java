package io.tactus.web.billing;

import java.util.Locale;

import io.tactus.core.billing.UnitReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the typed reasons of the billing engine from the message bundle
 * ({@code billing.reason.*}), for the calculator page ({@code ${@billingText.reason(r)}})
 * and the JSON API.
 */
@Component("billingText")
public class BillingText {

	private final MessageSource messages;

	BillingText(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Why a code earns its units, in the request's language.
	 * @param reason the reason
	 * @return the sentence(s)
	 */
	public String reason(UnitReason reason) {
		return reason(reason, LocaleContextHolder.getLocale());
	}

	String reason(UnitReason reason, Locale locale) {
		StringBuilder text = new StringBuilder(this.messages.getMessage("billing.reason." + reason.kind().name(),
				new Object[] { reason.minutes(), reason.units(), reason.fullUnits(), reason.leftoverMinutes() },
				locale));
		if (reason.tie() != UnitReason.Tie.NONE) {
			text.append(' ')
				.append(this.messages.getMessage("billing.reason.tie." + reason.tie().name(), null, locale));
		}
		if (reason.merged()) {
			text.append(' ')
				.append(this.messages.getMessage("billing.reason.merged", new Object[] { reason.lines() }, locale));
		}
		return text.toString();
	}

}
