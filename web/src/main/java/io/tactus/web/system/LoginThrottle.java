package io.tactus.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name: after {@value #MAX_FAILURES} failures in a row
 * the name is refused for {@link #LOCK_TIME}, whatever the password. Kept in memory: a
 * restart forgets it, which is acceptable for one portal instance.
 */
@Component
public class LoginThrottle {

	/** Failures allowed before the name is locked. */
	public static final int MAX_FAILURES = 5;

	/** How long a locked name stays locked. */
	public static final Duration LOCK_TIME = Duration.ofMinutes(15);

	private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Whether sign-ins for this name are refused now.
	 * @param username the name tried
	 * @return {@code true} while locked
	 */
	public boolean isLocked(String username) {
		Attempts current = this.attempts.get(key(username));
		return current != null && current.lockedUntil() != null && this.clock.instant().isBefore(current.lockedUntil());
	}

	void recordFailure(String username) {
		Instant now = this.clock.instant();
		this.attempts.compute(key(username), (name, current) -> {
			if (current == null || (current.lockedUntil() != null && !now.isBefore(current.lockedUntil()))) {
				current = new Attempts(0, null);
			}
			int failures = current.failures() + 1;
			return new Attempts(failures, (failures >= MAX_FAILURES) ? now.plus(LOCK_TIME) : null);
		});
	}

	void recordSuccess(String username) {
		this.attempts.remove(key(username));
	}

	private static String key(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

	private record Attempts(int failures, Instant lockedUntil) {
	}

}
