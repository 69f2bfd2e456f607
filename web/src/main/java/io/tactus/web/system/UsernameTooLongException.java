package io.tactus.web.system;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any look-up because the name is longer than any user name (
 * {@value LoginThrottle#MAX_USERNAME_LENGTH} characters).
 */
class UsernameTooLongException extends AuthenticationException {

	UsernameTooLongException() {
		super("User name longer than " + LoginThrottle.MAX_USERNAME_LENGTH + " characters");
	}

}
