package io.tactus.web.clinic;

import io.tactus.web.account.TactusUser;

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

	/**
	 * The clinic of the signed-in owner, taken from the principal only.
	 * @param user the principal
	 * @return the clinic id
	 */
	static long clinicOf(TactusUser user) {
		return user.clinic().orElseThrow(() -> new ClinicNotFoundException("clinic"));
	}

}
