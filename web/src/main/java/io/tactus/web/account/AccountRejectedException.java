package io.tactus.web.account;

import java.util.List;

/**
 * An account could not be created or changed; carries each problem with the field it
 * concerns.
 */
class AccountRejectedException extends RuntimeException {

	private final List<Problem> problems;

	AccountRejectedException(List<Problem> problems) {
		super("Account rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One problem with one field.
	 *
	 * @param field the form or JSON field ({@code username}, {@code password}, ...)
	 * @param code the message key in the bundle
	 */
	public record Problem(String field, String code) {
	}

}
