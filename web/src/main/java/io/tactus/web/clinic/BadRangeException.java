package io.tactus.web.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A range or threshold parameter out of bounds: a range that ends before it starts or is
 * longer than five years, a threshold that is not positive. Answers 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadRangeException extends RuntimeException {

	BadRangeException() {
		super("The range or threshold parameters are out of bounds.");
	}

}
