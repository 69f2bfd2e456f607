package io.tactus.web.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A clinic record that does not exist for the signed-in owner's clinic: 404, whether it
 * does not exist at all or belongs to another clinic.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ClinicNotFoundException extends RuntimeException {

	ClinicNotFoundException(String what) {
		super("Not found: " + what);
	}

}
