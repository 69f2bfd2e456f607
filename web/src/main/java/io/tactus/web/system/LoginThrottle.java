package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anyone lock a user out. Failures are
 * counted per user name <em>and</em> client address: after
 * {@link SignInProperties#failuresPerName()} of them, each further attempt for that name
 * from that address must wait 1 s, then 2 s, 4 s ... up to
 * {@link SignInProperties#maxDelay()}. The same owner signs in at once from another
 * address. Failures from one address for any names are counted too: after
 * {@link SignInProperties#failuresPerAddress()}, every attempt from that address waits
 * the same way (against password spraying).
 * <p>
 * An attempt is reserved, counted as a failure, <em>before</em> its password is checked,
 * so concurrent guesses cannot get more checks than the limit; a right password takes the
 * reservation back. Names are kept only as a SHA-256 hash of the normalised name, names
 * over {@value #MAX_USERNAME_LENGTH} characters are refused before anything is looked up,
 * counts are forgotten {@link #FORGET_AFTER} after the last failure, and at most
 * {@value #MAX_ENTRIES} counts are kept (the oldest go first). Kept in memory: a restart
 * forgets it, which is acceptable for one portal instance.
 */
@Component
public class LoginThrottle {

	/** The longest user name looked at: the longest email address. */
	public static final int MAX_USERNAME_LENGTH = 254;

	/** How long counts are kept after their last failure. */
	static final Duration FORGET_AFTER = Duration.ofHours(1);

	/** How many counts are kept at most. */
	static final int MAX_ENTRIES = 50_000;

	/** Counts by key, oldest change first; guarded by itself. */
	private final Map<String, Failures> entries = new LinkedHashMap<>();

	private final SignInProperties limits;

	private final Clock clock;

	LoginThrottle(SignInProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Reserves one attempt to check a password, counted as a failure until
	 * {@link Attempt#succeeded()} or {@link Attempt#cancelled()}.
	 * @param username the name tried
	 * @param address the client's address
	 * @return the attempt
	 * @throws LoginThrottledException when the name (from this address) or the address
	 * must wait
	 * @throws UsernameTooLongException when the name is too long to be one
	 */
	public Attempt reserve(String username, String address) {
		String nameKey = nameKey(username, address);
		String addressKey = addressKey(address);
		Instant now = this.clock.instant();
		synchronized (this.entries) {
			forgetExpired(now);
			Failures name = current(nameKey, now);
			Failures from = current(addressKey, now);
			Instant retryAt = later(retryAt(name, now), retryAt(from, now));
			if (retryAt != null) {
				throw new LoginThrottledException(Duration.between(now, retryAt));
			}
			put(nameKey, count(name, now, this.limits.failuresPerName()));
			put(addressKey, count(from, now, this.limits.failuresPerAddress()));
		}
		return new Attempt(nameKey, addressKey);
	}

	/**
	 * Refuses a name (from this address) or an address that must wait, without reserving
	 * an attempt.
	 * @param username the name tried
	 * @param address the client's address
	 * @throws LoginThrottledException when it must wait
	 * @throws UsernameTooLongException when the name is too long to be one
	 */
	public void check(String username, String address) {
		String nameKey = nameKey(username, address);
		Instant now = this.clock.instant();
		synchronized (this.entries) {
			Instant retryAt = later(retryAt(current(nameKey, now), now),
					retryAt(current(addressKey(address), now), now));
			if (retryAt != null) {
				throw new LoginThrottledException(Duration.between(now, retryAt));
			}
		}
	}

	/**
	 * How many counts are kept.
	 * @return the number of names and addresses counted
	 */
	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	private Failures current(String key, Instant now) {
		Failures failures = this.entries.get(key);
		return (failures != null && now.isBefore(failures.forgetAt())) ? failures : null;
	}

	private static Instant retryAt(Failures failures, Instant now) {
		return (failures != null && failures.retryAt() != null && now.isBefore(failures.retryAt())) ? failures.retryAt()
				: null;
	}

	private static Instant later(Instant one, Instant other) {
		if (one == null) {
			return other;
		}
		return (other == null || one.isAfter(other)) ? one : other;
	}

	private Failures count(Failures failures, Instant now, int allowed) {
		int count = ((failures != null) ? failures.count() : 0) + 1;
		Instant retryAt = (count >= allowed) ? now.plus(delay(count - allowed)) : null;
		return new Failures(count, retryAt, now.plus(FORGET_AFTER));
	}

	private Duration delay(int beyond) {
		Duration max = this.limits.maxDelay();
		Duration delay = this.limits.firstDelay();
		for (int i = 0; i < beyond && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(max) < 0) ? delay : max;
	}

	/** Puts at the end, as the newest change; the oldest go when the store is full. */
	private void put(String key, Failures failures) {
		this.entries.remove(key);
		this.entries.put(key, failures);
		Iterator<String> oldest = this.entries.keySet().iterator();
		while (this.entries.size() > MAX_ENTRIES) {
			oldest.next();
			oldest.remove();
		}
	}

	/** Changes are kept oldest first, so expired counts are at the start. */
	private void forgetExpired(Instant now) {
		Iterator<Failures> oldest = this.entries.values().iterator();
		while (oldest.hasNext() && !now.isBefore(oldest.next().forgetAt())) {
			oldest.remove();
		}
	}

	private void takeBack(String key, boolean forgetAll) {
		synchronized (this.entries) {
			Failures failures = this.entries.get(key);
			if (failures == null) {
				return;
			}
			if (forgetAll || failures.count() <= 1) {
				this.entries.remove(key);
			}
			else {
				this.entries.put(key, new Failures(failures.count() - 1, failures.retryAt(), failures.forgetAt()));
			}
		}
	}

	private static String nameKey(String username, String address) {
		if (username == null || username.length() > MAX_USERNAME_LENGTH) {
			throw new UsernameTooLongException();
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return "name " + Base64.getEncoder().withoutPadding().encodeToString(hash) + ' ' + address;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static String addressKey(String address) {
		return "address " + address;
	}

	/**
	 * Failures for one key.
	 *
	 * @param count failures (and attempts in progress) counted
	 * @param retryAt when the next attempt may be made, {@code null} for at once
	 * @param forgetAt when the count is forgotten
	 */
	private record Failures(int count, Instant retryAt, Instant forgetAt) {
	}

	/**
	 * One reserved attempt: a failure unless taken back.
	 */
	public final class Attempt {

		private final String nameKey;

		private final String addressKey;

		private Attempt(String nameKey, String addressKey) {
			this.nameKey = nameKey;
			this.addressKey = addressKey;
		}

		/**
		 * The password was right: forgets the name's failures from this address and takes
		 * this attempt back from the address's count.
		 */
		public void succeeded() {
			takeBack(this.nameKey, true);
			takeBack(this.addressKey, false);
		}

		/**
		 * The password could not be checked (neither right nor wrong): takes this attempt
		 * back.
		 */
		public void cancelled() {
			takeBack(this.nameKey, false);
			takeBack(this.addressKey, false);
		}

	}

}
