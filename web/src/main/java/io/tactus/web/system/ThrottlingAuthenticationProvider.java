package io.tactus.web.system;

import io.tactus.web.system.LoginThrottle.Attempt;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses names that are too long, and names or addresses that must wait, before a user
 * name and password are checked; reserves the attempt before the check and counts the
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
		String address = address(authentication);
		this.throttle.check(username, address);
		if (this.cache == null) {
			return check(authentication, username, address);
		}
		return this.cache.authenticate(username, String.valueOf(authentication.getCredentials()),
				() -> check(authentication, username, address));
	}

	private Authentication check(Authentication authentication, String username, String address) {
		Attempt attempt = this.throttle.reserve(username, address);
		try {
			Authentication result = this.delegate.authenticate(authentication);
			attempt.succeeded();
			return withoutPassword(result);
		}
		catch (BadCredentialsException ex) {
			attempt.failed();
			throw ex;
		}
		catch (AccountStatusException ex) {
			// Checked after the password, so the password was right.
			attempt.succeeded();
			throw ex;
		}
		catch (RuntimeException ex) {
			attempt.cancelled();
			throw ex;
		}
	}

	/**
	 * The signed-in user without their password hash: the session that keeps them is
	 * stored in the database.
	 */
	private static Authentication withoutPassword(Authentication result) {
		if (!(result.getPrincipal() instanceof SignedInUser user)) {
			return result;
		}
		UsernamePasswordAuthenticationToken stripped = UsernamePasswordAuthenticationToken
			.authenticated(user.withoutPassword(), null, result.getAuthorities());
		stripped.setDetails(result.getDetails());
		return stripped;
	}

	/**
	 * The client's address, as the sign-in filters recorded it
	 * ({@code request.getRemoteAddr()}).
	 */
	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
