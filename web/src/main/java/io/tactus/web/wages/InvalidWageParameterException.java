package io.tactus.web.wages;

/**
 * A request parameter of the wage pages or API that cannot be used; it names the
 * parameter and the value.
 */
class InvalidWageParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final String reason;

	InvalidWageParameterException(String parameter, String value, String reason) {
		super("Parameter '" + parameter + "' has an invalid value '" + value + "': " + reason);
		this.parameter = parameter;
		this.value = value;
		this.reason = reason;
	}

	String parameter() {
		return this.parameter;
	}

	String value() {
		return this.value;
	}

	String reason() {
		return this.reason;
	}

}
