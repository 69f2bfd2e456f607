package io.tactus.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.tactus.web.system.SignInProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits sign-ups per client address and hour: a sign-up answers whether a user name or
 * clinic name exists, so unlimited sign-ups would list them. Counts only attempts that
 * pass the rules (those are the ones that look names up).
 * <p>
 * Kept in the shared database, so sign-ups spread over several portal nodes count
 * together: each address has a row ({@code sign_up_address}) that a reservation inserts
 * when missing and locks ({@code select ... for update}) in a transaction of its own
 * before counting the address's sign-ups of the last hour ({@code sign_up}), so
 * concurrent sign-ups on any node wait for each other. Addresses are forgotten an hour
 * after their last sign-up (every minute, by {@link #forgetOld()}), which also keeps at
 * most {@value #MAX_ADDRESSES} of them, the oldest going first.
 */
@Component
class SignupLimiter {

	static final Duration WINDOW = Duration.ofHours(1);

	static final int MAX_ADDRESSES = 10_000;

	/** The longest client address kept (an IPv6 address with a zone fits). */
	private static final int MAX_ADDRESS_LENGTH = 64;

	private final int allowed;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SignupLimiter(SignInProperties limits, Clock clock, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		this.allowed = limits.signupsPerAddress();
		this.clock = clock;
		this.jdbc = jdbc;
		// Counted whatever happens to the sign-up itself: a taken name rolls the
		// account back, not the count.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts one sign-up from an address.
	 * @param address the client's address
	 * @throws SignupLimitedException when the address had its sign-ups for the hour
	 */
	void reserve(String address) {
		String key = (address.length() > MAX_ADDRESS_LENGTH) ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long since = now.minus(WINDOW).toEpochMilli();
		Duration wait = this.transactions.execute((status) -> {
			this.jdbc
				.sql("insert into sign_up_address (address, last_at) values (:address, :now) on conflict do nothing")
				.param("address", key)
				.param("now", now.toEpochMilli())
				.update();
			this.jdbc.sql("select address from sign_up_address where address = :address for update")
				.param("address", key)
				.query(String.class)
				.single();
			this.jdbc.sql("delete from sign_up where address = :address and signed_up_at <= :since")
				.param("address", key)
				.param("since", since)
				.update();
			List<Long> times = this.jdbc
				.sql("select signed_up_at from sign_up where address = :address order by signed_up_at")
				.param("address", key)
				.query(Long.class)
				.list();
			if (times.size() >= this.allowed) {
				return Duration.between(now, Instant.ofEpochMilli(times.get(times.size() - this.allowed)).plus(WINDOW));
			}
			this.jdbc.sql("insert into sign_up (address, signed_up_at) values (:address, :now)")
				.param("address", key)
				.param("now", now.toEpochMilli())
				.update();
			this.jdbc.sql("update sign_up_address set last_at = :now where address = :address")
				.param("address", key)
				.param("now", now.toEpochMilli())
				.update();
			return null;
		});
		if (wait != null) {
			throw new SignupLimitedException(wait);
		}
	}

	/**
	 * Deletes the addresses without a sign-up in the last hour (their sign-ups go with
	 * them), then the oldest while more than {@value #MAX_ADDRESSES} are kept; every
	 * minute on every node.
	 */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetOld() {
		this.jdbc.sql("delete from sign_up_address where last_at <= :since")
			.param("since", this.clock.instant().minus(WINDOW).toEpochMilli())
			.update();
		int excess = size() - MAX_ADDRESSES;
		if (excess > 0) {
			this.jdbc
				.sql("delete from sign_up_address where address in"
						+ " (select address from sign_up_address order by last_at, address limit :excess)")
				.param("excess", excess)
				.update();
		}
	}

	/**
	 * How many addresses are kept.
	 * @return the number of addresses with sign-ups in the last hour (or not yet purged)
	 */
	int size() {
		return this.jdbc.sql("select count(*) from sign_up_address").query(Integer.class).single();
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
