package io.tactus.web.billing;

import java.util.List;
import java.util.Locale;

import io.tactus.core.billing.UnitReason;
import io.tactus.core.billing.UnitResult;
import io.tactus.core.billing.UnitStep;
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

	private final UnitStepText unitSteps;

	BillingText(MessageSource messages) {
		this.messages = messages;
		this.unitSteps = new UnitStepText(messages);
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

	/**
	 * The steps of a unit calculation, in the request's language
	 * ({@code ${@billingText.steps(result)}}).
	 * @param result the units of a visit under one rule
	 * @return one sentence per step, in order
	 */
	public List<String> steps(UnitResult result) {
		return steps(result, LocaleContextHolder.getLocale());
	}

	List<String> steps(UnitResult result, Locale locale) {
		return result.explanation().stream().map((step) -> step(step, locale)).toList();
	}

	String step(UnitStep step, Locale locale) {
		return this.unitSteps.step(step, locale);
	}

}
