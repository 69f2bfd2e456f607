package io.tactus.web.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on password guessing and sign-ups, bound from {@code tactus.sign-in.*}
 * (environment variables {@code TACTUS_SIGNIN_*}, e.g.
 * {@code TACTUS_SIGNIN_FAILURESPERNAME}).
 *
 * @param failuresPerName failed sign-ins for one user name from one address before each
 * further attempt must wait
 * @param failuresPerAddress failed sign-ins from one address, for any names, before each
 * further attempt from it must wait (against password spraying)
 * @param firstDelay the first wait; each further failure doubles it
 * @param maxDelay the longest wait
 * @param signupsPerAddress sign-ups (and sign-up attempts that ask whether a name or
 * clinic exists) allowed per address and hour
 */
@ConfigurationProperties("tactus.sign-in")
public record SignInProperties(@DefaultValue("5") int failuresPerName, @DefaultValue("20") int failuresPerAddress,
		@DefaultValue("1s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("5") int signupsPerAddress) {

	/** The defaults, as documented in the README. */
	public static final SignInProperties DEFAULTS = new SignInProperties(5, 20, Duration.ofSeconds(1),
			Duration.ofMinutes(15), 5);

}
