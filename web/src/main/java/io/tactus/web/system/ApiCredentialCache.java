package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a minute, that a user name and password passed the password check, so
 * that a client sending HTTP Basic on every API call does not pay a bcrypt check each
 * time. Only an HMAC of the password (with a key made at start and never stored) is kept,
 * in a bounded Caffeine cache that expires each entry a minute after its check; a change
 * to the account (password, disabled) forgets it at once on the node that made it, and on
 * every other node when the shared {@code accounts} generation advances (within about a
 * second).
 * <p>
 * A client with many calls in flight must not pay many checks either: callers that miss
 * with the same name and password share one check (the cache holds the check's future
 * from its start, and drops it when the check fails or the account changes meanwhile),
 * and during the last {@link #REFRESH_BEFORE_EXPIRY} of an entry one caller checks again
 * while the others still use the entry, so a busy client never waits for bcrypt all at
 * once. Caffeine's own {@code refreshAfterWrite} cannot do that last part: its loader
 * would need the password, which is not kept.
 */
@Component
class ApiCredentialCache {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(15);

	/** The shared generation that account changes advance. */
	static final String ACCOUNTS = "accounts";

	static final int MAX_ENTRIES = 10_000;

	private final AsyncCache<Credentials, Outcome> entries;

	private final Clock clock;

	private final SecretKeySpec key;

	ApiCredentialCache(Clock clock) {
		this.clock = clock;
		this.entries = Caffeine.newBuilder()
			.maximumSize(MAX_ENTRIES)
			.expireAfterWrite(TIME_TO_LIVE)
			.ticker(() -> nanos(clock.instant()))
			.executor(Runnable::run)
			.buildAsync();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * The authentication for these credentials: remembered, or from {@code check}, which
	 * runs at most once at a time per name and password.
	 * @param username the name sent
	 * @param password the password sent
	 * @param check checks the password (and counts the outcome); throws when it is wrong
	 * @return the authentication
	 */
	Authentication authenticate(String username, String password, Supplier<Authentication> check) {
		Credentials credentials = new Credentials(key(username), mac(password));
		CompletableFuture<Outcome> running = this.entries.getIfPresent(credentials);
		if (running == null) {
			CompletableFuture<Outcome> mine = new CompletableFuture<>();
			running = this.entries.get(credentials, (k, executor) -> mine);
			if (running == mine) {
				return checkFirst(credentials, mine, check);
			}
		}
		Entry entry = switch (running.join()) {
			case Failed failed -> throw failed.exception();
			case Entry remembered -> remembered;
		};
		if (this.clock.instant().isBefore(entry.refreshFrom()) || !entry.refreshing().compareAndSet(false, true)) {
			return entry.authentication();
		}
		try {
			Entry refreshed = checked(check);
			// Kept only if the entry is still there: not if the account changed
			// meanwhile.
			this.entries.asMap().replace(credentials, running, CompletableFuture.completedFuture(refreshed));
			return refreshed.authentication();
		}
		catch (RuntimeException ex) {
			this.entries.asMap().remove(credentials, running);
			throw ex;
		}
		finally {
			entry.refreshing().set(false);
		}
	}

	/**
	 * Runs the check that the callers waiting on {@code mine} share. A failure is removed
	 * before the waiters see it, and reaches them as a value, not as an exceptional
	 * completion (which Caffeine would log at every wrong password).
	 */
	private Authentication checkFirst(Credentials credentials, CompletableFuture<Outcome> mine,
			Supplier<Authentication> check) {
		try {
			Entry entry = checked(check);
			mine.complete(entry);
			return entry.authentication();
		}
		catch (RuntimeException ex) {
			this.entries.asMap().remove(credentials, mine);
			mine.complete(new Failed(ex));
			throw ex;
		}
		finally {
			if (!mine.isDone()) {
				this.entries.asMap().remove(credentials, mine);
				mine.cancel(false);
			}
		}
	}

	private Entry checked(Supplier<Authentication> check) {
		Authentication authentication = check.get();
		return new Entry(authentication, this.clock.instant().plus(TIME_TO_LIVE.minus(REFRESH_BEFORE_EXPIRY)),
				new AtomicBoolean());
	}

	@EventListener
	void forget(AccountChanged event) {
		String user = key(event.username());
		this.entries.asMap().keySet().removeIf((credentials) -> credentials.user().equals(user));
	}

	/**
	 * An account changed on some node (the {@value #ACCOUNTS} generation advanced, seen
	 * by {@link StateGenerationWatcher} within a second): forgets every remembered
	 * password, since this node does not know whose changed. Clients pay one password
	 * check each on their next call.
	 * @param event the advance
	 */
	@EventListener
	void forgetAll(StateGenerationAdvanced event) {
		if (ACCOUNTS.equals(event.name())) {
			this.entries.synchronous().invalidateAll();
		}
	}

	/**
	 * The number of credentials remembered, once pending evictions are done.
	 * @return the number of entries
	 */
	long size() {
		this.entries.synchronous().cleanUp();
		return this.entries.synchronous().estimatedSize();
	}

	private String mac(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private record Credentials(String user, String mac) {
	}

	/** The outcome of a password check, shared by the callers that waited for it. */
	private sealed interface Outcome permits Entry, Failed {

	}

	private record Entry(Authentication authentication, Instant refreshFrom,
			AtomicBoolean refreshing) implements Outcome {
	}

	private record Failed(RuntimeException exception) implements Outcome {
	}

}
