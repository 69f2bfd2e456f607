package io.tactus.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tactus.web.system.SignInProperties;

import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per client address and hour: a sign-up answers whether a user name or
 * clinic name exists, so unlimited sign-ups would list them. Counts only attempts that
 * pass the rules (those are the ones that look names up). At most {@value #MAX_ADDRESSES}
 * addresses are kept, each forgotten an hour after its last sign-up; in memory, like the
 * sign-in throttle.
 */
@Component
class SignupLimiter {

	static final Duration WINDOW = Duration.ofHours(1);

	static final int MAX_ADDRESSES = 10_000;

	/**
	 * Sign-up times by address, the address changed last at the end; guarded by itself.
	 */
	private final Map<String, Deque<Instant>> recent = new LinkedHashMap<>();

	private final int allowed;

	private final Clock clock;

	SignupLimiter(SignInProperties limits, Clock clock) {
		this.allowed = limits.signupsPerAddress();
		this.clock = clock;
	}

	/**
	 * Counts one sign-up from an address.
	 * @param address the client's address
	 * @throws SignupLimitedException when the address had its sign-ups for the hour
	 */
	void reserve(String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(WINDOW);
		synchronized (this.recent) {
			Iterator<Deque<Instant>> oldest = this.recent.values().iterator();
			while (oldest.hasNext() && !oldest.next().getLast().isAfter(since)) {
				oldest.remove();
			}
			Deque<Instant> times = this.recent.remove(address);
			if (times == null) {
				times = new ArrayDeque<>();
			}
			while (!times.isEmpty() && !times.getFirst().isAfter(since)) {
				times.removeFirst();
			}
			if (times.size() >= this.allowed) {
				Duration wait = Duration.between(now, times.getFirst().plus(WINDOW));
				this.recent.put(address, times);
				throw new SignupLimitedException(wait);
			}
			times.addLast(now);
			this.recent.put(address, times);
			Iterator<String> evict = this.recent.keySet().iterator();
			while (this.recent.size() > MAX_ADDRESSES) {
				evict.next();
				evict.remove();
			}
		}
	}

	/**
	 * Too many sign-ups from one address this hour.
	 */
	static class SignupLimitedException extends RuntimeException {

		private final Duration retryAfter;

		SignupLimitedException(Duration retryAfter) {
			super("Too many sign-ups from this address; try again in " + retryAfter);
			this.retryAfter = retryAfter;
		}

		long retryAfterSeconds() {
			return Math.max(1, this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0));
		}

	}

}
