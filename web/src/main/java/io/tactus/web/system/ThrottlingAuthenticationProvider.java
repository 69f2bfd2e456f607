package io.tactus.web.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the throttle before a user name and password are checked, and counts the
 * outcome, for the sign-in form and HTTP Basic alike.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final ApiCredentialCache cache;

	/**
	 * A provider for one security chain.
	 * @param delegate checks the user name and password
	 * @param throttle counts failures
	 * @param cache remembers recent successes, or {@code null} to check every time
	 */
	ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
			ApiCredentialCache cache) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.cache = cache;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (this.throttle.isLocked(username)) {
			throw new LoginThrottledException(username);
		}
		if (this.cache == null) {
			return check(authentication);
		}
		return this.cache.authenticate(username, String.valueOf(authentication.getCredentials()),
				() -> check(authentication));
	}

	private Authentication check(Authentication authentication) {
		String username = authentication.getName();
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
