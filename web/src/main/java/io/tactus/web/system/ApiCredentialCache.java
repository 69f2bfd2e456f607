package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a minute, that a user name and password passed the password check, so
 * that a client sending HTTP Basic on every API call does not pay a bcrypt check each
 * time. Only an HMAC of the password (with a key made at start and never stored) is kept;
 * a change to the account (password, disabled) forgets it at once on the node that made
 * it, and on every other node when the shared {@code accounts} generation advances
 * (within about a second).
 * <p>
 * A client with many calls in flight must not pay many checks either: callers that miss
 * with the same name and password share one check, and during the last
 * {@link #REFRESH_BEFORE_EXPIRY} of an entry one caller checks again while the others
 * still use the entry, so a busy client never waits for bcrypt all at once.
 */
@Component
class ApiCredentialCache {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(15);

	/** The shared generation that account changes advance. */
	static final String ACCOUNTS = "accounts";

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

	/** Counts account changes, so that a check that overlapped one is not remembered. */
	private final AtomicLong changes = new AtomicLong();

	private final Clock clock;

	private final SecretKeySpec key;

	ApiCredentialCache(Clock clock) {
		this.clock = clock;
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
		String user = key(username);
		byte[] mac = mac(password);
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(user);
		if (entry != null && now.isBefore(entry.expires()) && MessageDigest.isEqual(entry.mac(), mac)) {
			if (now.isBefore(entry.refreshFrom()) || !entry.refreshing().compareAndSet(false, true)) {
				return entry.authentication();
			}
			try {
				return checkAndRemember(user, mac, check);
			}
			catch (RuntimeException ex) {
				this.entries.remove(user, entry);
				throw ex;
			}
			finally {
				entry.refreshing().set(false);
			}
		}
		String flight = user + ' ' + HexFormat.of().formatHex(mac);
		CompletableFuture<Authentication> mine = new CompletableFuture<>();
		CompletableFuture<Authentication> running = this.checking.putIfAbsent(flight, mine);
		if (running != null) {
			return outcome(running);
		}
		try {
			Authentication authentication = checkAndRemember(user, mac, check);
			mine.complete(authentication);
			return authentication;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.checking.remove(flight, mine);
		}
	}

	private Authentication checkAndRemember(String user, byte[] mac, Supplier<Authentication> check) {
		long changesBefore = this.changes.get();
		Authentication authentication = check.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		Instant now = this.clock.instant();
		Entry entry = new Entry(mac, authentication, now.plus(TIME_TO_LIVE.minus(REFRESH_BEFORE_EXPIRY)),
				now.plus(TIME_TO_LIVE), new AtomicBoolean());
		this.entries.put(user, entry);
		if (this.changes.get() != changesBefore) {
			// The account changed while its password was being checked: check again next
			// time.
			this.entries.remove(user, entry);
		}
		return authentication;
	}

	private static Authentication outcome(CompletableFuture<Authentication> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@EventListener
	void forget(AccountChanged event) {
		this.changes.incrementAndGet();
		this.entries.remove(key(event.username()));
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
			this.changes.incrementAndGet();
			this.entries.clear();
		}
	}

	private byte[] mac(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private record Entry(byte[] mac, Authentication authentication, Instant refreshFrom, Instant expires,
			AtomicBoolean refreshing) {
	}

}
