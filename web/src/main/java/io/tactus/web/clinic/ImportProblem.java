package io.tactus.web.clinic;

/**
 * One problem of a visit log: where and what.
 *
 * @param row the row in the file (the header is row 1)
 * @param column the column's header
 * @param value the value found (shortened)
 * @param messageKey the message key saying what is wrong
 * @param detail the message's argument: empty, or the engine's reason (a
 * {@link org.springframework.context.MessageSourceResolvable}) for problems the billing
 * engine found
 */
record ImportProblem(int row, String column, String value, String messageKey, Object detail) {

	ImportProblem(int row, String column, String value, String messageKey) {
		this(row, column, value, messageKey, "");
	}

	ImportProblem {
		value = (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

}
