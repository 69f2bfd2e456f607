package io.tactus.core.billing;

/**
 * A service line of a visit cannot be evaluated: unknown code, negative or missing
 * minutes, more than a day of minutes.
 *
 * <p>
 * The field is named the way a form or JSON body names it, e.g.
 * {@code services[1].minutes}, so a web layer can answer 400 pointing at it.
 */
public class InvalidServiceException extends IllegalArgumentException {

	private final String field;

	private final String value;

	private final String reason;

	/**
	 * Create the exception.
	 * @param field the offending field, e.g. {@code services[1].minutes}
	 * @param value the offending value as text ({@code "missing"} when absent)
	 * @param reason what is wrong, in plain words
	 */
	public InvalidServiceException(String field, String value, String reason) {
		super(field + " = " + value + ": " + reason);
		this.field = field;
		this.value = value;
		this.reason = reason;
	}

	/**
	 * The offending field.
	 * @return e.g. {@code services[1].minutes}
	 */
	public String field() {
		return this.field;
	}

	/**
	 * The offending value as text.
	 * @return the value, or {@code "missing"}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * What is wrong, without the field and value.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
