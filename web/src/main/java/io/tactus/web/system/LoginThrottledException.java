package io.tactus.web.system;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because the name had too many failed attempts.
 */
public class LoginThrottledException extends AuthenticationException {

	LoginThrottledException(String username) {
		super("Too many failed sign-ins for '" + username + "'; try again later");
	}

}
