package io.tactus.web.system;

import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.AuthenticationException;

/**
 * A password check refused because the name (from this address) or the address had too
 * many failed attempts; carries how long to wait.
 */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/**
	 * How long to wait before the next attempt.
	 * @return the wait
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * The wait in whole seconds, rounded up, for messages and {@code Retry-After}.
	 * @return at least 1
	 */
	public long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	/**
	 * How long to wait, as text from the message bundle: seconds under two minutes,
	 * otherwise minutes (rounded up).
	 * @param seconds the wait in seconds
	 * @return the text to resolve
	 */
	public static MessageSourceResolvable waitText(long seconds) {
		if (seconds < 120) {
			return new DefaultMessageSourceResolvable(new String[] { "signin.wait.seconds" }, new Object[] { seconds });
		}
		return new DefaultMessageSourceResolvable(new String[] { "signin.wait.minutes" },
				new Object[] { (seconds + 59) / 60 });
	}

}
