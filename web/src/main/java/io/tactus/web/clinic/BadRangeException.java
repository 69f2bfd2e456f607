package io.tactus.web.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A range parameter out of bounds: a date that is not a date between the years 2000 and
 * 2100, a range that ends before it starts or is longer than five years. Answers 400 with
 * a page naming the field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadRangeException extends RuntimeException {

	private final String field;

	private final String messageKey;

	BadRangeException(String field, String messageKey) {
		super("The range parameter '" + field + "' is out of bounds.");
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

}
