package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
 * over {@value #MAX_USERNAME_LENGTH} characters are refused before anything is looked up.
 * <p>
 * The counts live in the shared database (table {@code sign_in_failure}), so failures
 * spread over several portal nodes count together: a reservation inserts the two counts
 * when missing and locks them ({@code select ... for update}) in a transaction of its
 * own, always the address's count first, so concurrent reservations on any node wait for
 * each other instead of both passing. Nothing is kept in memory. Counts are forgotten
 * {@link #FORGET_AFTER} after the last failure (deleted every minute by
 * {@link #forgetOld()}), which also keeps at most {@value #MAX_ENTRIES} of them, the
 * oldest going first.
 */
@Component
public class LoginThrottle {

	/** The longest user name looked at: the longest email address. */
	public static final int MAX_USERNAME_LENGTH = 254;

	/** How long counts are kept after their last failure. */
	static final Duration FORGET_AFTER = Duration.ofHours(1);

	/** How many counts are kept at most. */
	static final int MAX_ENTRIES = 50_000;

	/** The longest client address kept (an IPv6 address with a zone fits). */
	private static final int MAX_ADDRESS_LENGTH = 64;

	private final SignInProperties limits;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int maxEntries;

	private final Counter badCredentials;

	private final Counter throttled;

	@Autowired
	LoginThrottle(SignInProperties limits, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			MeterRegistry meters) {
		this(limits, clock, jdbc, transactionManager, meters, MAX_ENTRIES);
	}

	LoginThrottle(SignInProperties limits, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			MeterRegistry meters, int maxEntries) {
		this.limits = limits;
		this.clock = clock;
		this.jdbc = jdbc;
		// Counts are committed whatever happens to the caller's transaction: a wrong
		// current password on the account page rolls the change back, not the failure.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxEntries = maxEntries;
		this.badCredentials = failures(meters, "bad-credentials");
		this.throttled = failures(meters, "throttled");
	}

	private static Counter failures(MeterRegistry meters, String reason) {
		return Counter.builder("tactus.sign.in.failures")
			.description("Failed sign-ins: wrong user name or password, or refused because of earlier failures")
			.tag("reason", reason)
			.register(meters);
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
		Instant now = now();
		Duration wait = this.transactions.execute((status) -> {
			// Both counts exist and are locked, the address's first (as in every
			// transaction here), before they are read.
			for (String key : List.of(addressKey, nameKey)) {
				this.jdbc
					.sql("insert into sign_in_failure (count_key, failures, retry_at, forget_at)"
							+ " values (:key, 0, null, :now) on conflict do nothing")
					.param("key", key)
					.param("now", now.toEpochMilli())
					.update();
			}
			Map<String, Failures> locked = read(addressKey, nameKey, " order by count_key for update");
			Failures name = current(locked.get(nameKey), now);
			Failures from = current(locked.get(addressKey), now);
			Instant retryAt = later(retryAt(name, now), retryAt(from, now));
			if (retryAt != null) {
				status.setRollbackOnly();
				return Duration.between(now, retryAt);
			}
			write(nameKey, count(name, now, this.limits.failuresPerName()));
			write(addressKey, count(from, now, this.limits.failuresPerAddress()));
			return null;
		});
		if (wait != null) {
			this.throttled.increment();
			throw new LoginThrottledException(wait);
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
		String addressKey = addressKey(address);
		Instant now = now();
		Map<String, Failures> counts = read(addressKey, nameKey, "");
		Instant retryAt = later(retryAt(current(counts.get(nameKey), now), now),
				retryAt(current(counts.get(addressKey), now), now));
		if (retryAt != null) {
			this.throttled.increment();
			throw new LoginThrottledException(Duration.between(now, retryAt));
		}
	}

	/**
	 * Deletes the counts whose time is up, then the oldest while more than the most
	 * allowed are kept; every minute on every node.
	 */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetOld() {
		this.jdbc.sql("delete from sign_in_failure where forget_at <= :now")
			.param("now", now().toEpochMilli())
			.update();
		int excess = size() - this.maxEntries;
		if (excess > 0) {
			this.jdbc
				.sql("delete from sign_in_failure where count_key in"
						+ " (select count_key from sign_in_failure order by forget_at, count_key limit :excess)")
				.param("excess", excess)
				.update();
		}
	}

	/**
	 * How many counts are kept.
	 * @return the number of names and addresses counted
	 */
	int size() {
		return this.jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private Map<String, Failures> read(String addressKey, String nameKey, String suffix) {
		return this.jdbc
			.sql("select count_key, failures, retry_at, forget_at from sign_in_failure"
					+ " where count_key in (:address, :name)" + suffix)
			.param("address", addressKey)
			.param("name", nameKey)
			.query((rs, row) -> {
				long retryAt = rs.getLong(3);
				Instant retry = rs.wasNull() ? null : Instant.ofEpochMilli(retryAt);
				return Map.entry(rs.getString(1),
						new Failures(rs.getInt(2), retry, Instant.ofEpochMilli(rs.getLong(4))));
			})
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void write(String key, Failures failures) {
		this.jdbc
			.sql("update sign_in_failure set failures = :failures, retry_at = :retryAt, forget_at = :forgetAt"
					+ " where count_key = :key")
			.param("failures", failures.count())
			.param("retryAt", (failures.retryAt() != null) ? failures.retryAt().toEpochMilli() : null,
					java.sql.Types.BIGINT)
			.param("forgetAt", failures.forgetAt().toEpochMilli())
			.param("key", key)
			.update();
	}

	/** A count that is still kept: none when it has none or its time is up. */
	private static Failures current(Failures failures, Instant now) {
		return (failures != null && failures.count() > 0 && now.isBefore(failures.forgetAt())) ? failures : null;
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

	/**
	 * Takes one attempt back from the address's count, then from (or all of) the name's.
	 */
	private void takeBack(String addressKey, String nameKey, boolean forgetName) {
		this.transactions.executeWithoutResult((status) -> {
			takeOneBack(addressKey);
			if (forgetName) {
				this.jdbc.sql("delete from sign_in_failure where count_key = :key").param("key", nameKey).update();
			}
			else {
				takeOneBack(nameKey);
			}
		});
	}

	private void takeOneBack(String key) {
		this.jdbc.sql("update sign_in_failure set failures = failures - 1 where count_key = :key and failures > 1")
			.param("key", key)
			.update();
		this.jdbc.sql("delete from sign_in_failure where count_key = :key and failures <= 1")
			.param("key", key)
			.update();
	}

	private static String nameKey(String username, String address) {
		if (username == null || username.length() > MAX_USERNAME_LENGTH) {
			throw new UsernameTooLongException();
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return "name " + Base64.getEncoder().withoutPadding().encodeToString(hash) + ' ' + shortened(address);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static String addressKey(String address) {
		return "address " + shortened(address);
	}

	private static String shortened(String address) {
		return (address.length() > MAX_ADDRESS_LENGTH) ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
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
			takeBack(this.addressKey, this.nameKey, true);
		}

		/**
		 * The password was wrong: the attempt stays counted, and is counted in the
		 * {@code tactus.sign.in.failures} metric.
		 */
		public void failed() {
			LoginThrottle.this.badCredentials.increment();
		}

		/**
		 * The password could not be checked (neither right nor wrong): takes this attempt
		 * back.
		 */
		public void cancelled() {
			takeBack(this.addressKey, this.nameKey, false);
		}

	}

}
