package io.tactus.core.billing;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A visit's services cannot be evaluated: unknown code, negative or missing minutes, more
 * than a day of minutes.
 *
 * <p>
 * It says which line, which field and why as values, so that a user interface names the
 * field its own way (a form's {@code services[1].minutes}, a spreadsheet's column) and
 * words the reason from its message bundle.
 */
public class InvalidServiceException extends IllegalArgumentException {

	/**
	 * Longest value kept: a longer one is cut and ends in an ellipsis, so that an answer
	 * that echoes the value stays short whatever was sent.
	 */
	public static final int MAX_VALUE_LENGTH = 40;

	/**
	 * The part of the visit that is wrong.
	 */
	public enum Field {

		/** The visit's list of services as a whole. */
		SERVICES,

		/** A whole service line. */
		LINE,

		/** A line's code. */
		CODE,

		/** A line's minutes. */
		MINUTES,

		/** A line's billed units. */
		BILLED_UNITS,

		/** A line's modifiers. */
		MODIFIERS,

		/** A line's body region. */
		BODY_REGION

	}

	/**
	 * Why it is wrong.
	 */
	public enum Reason {

		/** More services than {@link VisitClaim#MAX_SERVICES}. */
		TOO_MANY_SERVICES,

		/** More than 24 hours of minutes in the visit. */
		VISIT_TOO_LONG,

		/** A line without a service. */
		EMPTY_LINE,

		/** A code the catalog does not know. */
		UNKNOWN_CODE,

		/** A negative number of minutes or units. */
		NEGATIVE,

		/** More than 24 hours of minutes on one line. */
		MORE_THAN_A_DAY,

		/** A timed code without minutes; the value is the code. */
		MINUTES_REQUIRED,

		/** More units on one line than {@link VisitClaim#MAX_BILLED_UNITS}. */
		TOO_MANY_UNITS,

		/** More modifiers than {@link VisitClaim#MAX_MODIFIERS}. */
		TOO_MANY_MODIFIERS,

		/** A modifier that is not two letters or digits. */
		NOT_A_MODIFIER,

		/** A body region longer than {@link VisitClaim#MAX_REGION_LENGTH}. */
		REGION_TOO_LONG

	}

	private final OptionalInt line;

	private final Field field;

	private final Reason reason;

	private final String value;

	private InvalidServiceException(OptionalInt line, Field field, Reason reason, String value) {
		super(line.isPresent() ? "line " + line.getAsInt() + " " + field + " " + reason + ": " + shorten(value)
				: field + " " + reason + ": " + shorten(value));
		this.line = line;
		this.field = Objects.requireNonNull(field, "field");
		this.reason = Objects.requireNonNull(reason, "reason");
		this.value = shorten(value);
	}

	/**
	 * A field of one service line is wrong.
	 * @param line the 0-based position of the line
	 * @param field the field
	 * @param reason why
	 * @param value the offending value as text, empty when absent; cut to
	 * {@link #MAX_VALUE_LENGTH} characters
	 */
	public InvalidServiceException(int line, Field field, Reason reason, String value) {
		this(OptionalInt.of(requireLine(line)), field, reason, value);
		if (field == Field.SERVICES) {
			throw new IllegalArgumentException("SERVICES concerns the whole visit, not line " + line);
		}
	}

	/**
	 * The visit's services as a whole are wrong.
	 * @param reason why
	 * @param value the offending value as text, e.g. the number of services
	 * @return the exception
	 */
	public static InvalidServiceException ofVisit(Reason reason, String value) {
		return new InvalidServiceException(OptionalInt.empty(), Field.SERVICES, reason, value);
	}

	private static int requireLine(int line) {
		if (line < 0) {
			throw new IllegalArgumentException("Line positions start at 0: " + line);
		}
		return line;
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
	 * The service line that is wrong.
	 * @return its 0-based position, empty when the visit as a whole is wrong
	 */
	public OptionalInt line() {
		return this.line;
	}

	/**
	 * The offending field.
	 * @return the field
	 */
	public Field field() {
		return this.field;
	}

	/**
	 * Why it is wrong.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * The offending value as text.
	 * @return the value, empty when it was missing
	 */
	public String value() {
		return this.value;
	}

}
