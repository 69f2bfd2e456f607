package io.tactus.web.billing;

import io.tactus.core.billing.InvalidServiceException;

/**
 * A field of a billing API request is wrong before the engine sees it (the rule, the
 * payer, the date, the shape of a service); answered as a 400 naming the field.
 */
class InvalidRequestException extends IllegalArgumentException {

	private final String field;

	private final String value;

	private final String reason;

	/**
	 * Create the exception.
	 * @param field the field as the JSON body names it, e.g. {@code locality}
	 * @param value the offending value as text ({@code "missing"} when absent)
	 * @param reason what is wrong
	 */
	InvalidRequestException(String field, String value, String reason) {
		super(field + " = " + InvalidServiceException.shorten(value) + ": " + reason);
		this.field = field;
		this.value = InvalidServiceException.shorten(value);
		this.reason = reason;
	}

	String field() {
		return this.field;
	}

	String value() {
		return this.value;
	}

	String reason() {
		return this.reason;
	}

}
