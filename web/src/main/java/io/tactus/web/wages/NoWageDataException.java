package io.tactus.web.wages;

/**
 * No wage dataset has been published yet.
 */
class NoWageDataException extends RuntimeException {

	NoWageDataException() {
		super("No wage dataset has been published yet.");
	}

}
