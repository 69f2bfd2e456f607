package io.tactus.web.wages;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A request parameter of the wage pages or API that cannot be used; it names the
 * parameter, the value and, as a message key with arguments, why.
 */
class InvalidWageParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final String reasonKey;

	private final Object[] reasonArguments;

	/**
	 * A parameter that cannot be used.
	 * @param parameter its name
	 * @param value the value sent
	 * @param reasonKey the message key of the reason ({@code wages.invalid.reason.*})
	 * @param reasonArguments the reason's arguments, as text
	 */
	InvalidWageParameterException(String parameter, String value, String reasonKey, String... reasonArguments) {
		super("Parameter '" + parameter + "' has an invalid value '" + value + "' (" + reasonKey + ")");
		this.parameter = parameter;
		this.value = value;
		this.reasonKey = reasonKey;
		this.reasonArguments = reasonArguments.clone();
	}

	String parameter() {
		return this.parameter;
	}

	String value() {
		return this.value;
	}

	/**
	 * Why the value cannot be used.
	 * @param messages the message bundles
	 * @param locale the reader's locale
	 * @return the reason
	 */
	String reason(MessageSource messages, Locale locale) {
		return messages.getMessage(this.reasonKey, this.reasonArguments, locale);
	}

	/**
	 * The parameter, the value and the reason in a sentence.
	 * @param messages the message bundles
	 * @param locale the reader's locale
	 * @return the sentence
	 */
	String describe(MessageSource messages, Locale locale) {
		return messages.getMessage("wages.invalid.text",
				new Object[] { this.parameter, this.value, reason(messages, locale) }, locale);
	}

}
