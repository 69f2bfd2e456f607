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

	/**
	 * Longest value kept: a longer one is cut and ends in an ellipsis, so that an answer
	 * that echoes the value stays short whatever was sent.
	 */
	public static final int MAX_VALUE_LENGTH = 40;

	private final String field;

	private final String value;

	private final String reason;

	/**
	 * Create the exception.
	 * @param field the offending field, e.g. {@code services[1].minutes}
	 * @param value the offending value as text ({@code "missing"} when absent); cut to
	 * {@link #MAX_VALUE_LENGTH} characters
	 * @param reason what is wrong, in plain words
	 */
	public InvalidServiceException(String field, String value, String reason) {
		super(field + " = " + shorten(value) + ": " + reason);
		this.field = field;
		this.value = shorten(value);
		this.reason = reason;
	}

	/**
	 * The value as it may be echoed: at most {@link #MAX_VALUE_LENGTH} characters, the
	 * rest replaced by an ellipsis; control characters are shown as {@code ?}.
	 * @param value the value as sent, may be {@code null}
	 * @return the short value
	 */
	public static String shorten(String value) {
		if (value == null) {
			return "null";
		}
		String cut = (value.length() > MAX_VALUE_LENGTH) ? value.substring(0, MAX_VALUE_LENGTH) + "\u2026" : value;
		StringBuilder text = new StringBuilder(cut.length());
		for (int i = 0; i < cut.length(); i++) {
			char c = cut.charAt(i);
			text.append((Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) ? '?' : c);
		}
		return text.toString();
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
