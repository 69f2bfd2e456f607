package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.tactus.web.account.AccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a minute, that a user name and password passed the password check, so
 * that a client sending HTTP Basic on every API call does not pay a bcrypt check each
 * time. Only an HMAC of the password (with a key made at start and never stored) is kept;
 * a change to the account (password, disabled) forgets it at once.
 */
@Component
class ApiCredentialCache {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	private final SecretKeySpec key;

	ApiCredentialCache(Clock clock) {
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * The authentication remembered for these credentials, if still fresh.
	 * @param username the name sent
	 * @param password the password sent
	 * @return the authentication, or {@code null} when there is none
	 */
	Authentication find(String username, String password) {
		Entry entry = this.entries.get(key(username));
		if (entry == null || this.clock.instant().isAfter(entry.expires())
				|| !MessageDigest.isEqual(entry.mac(), mac(password))) {
			return null;
		}
		return entry.authentication();
	}

	void remember(String username, String password, Authentication authentication) {
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key(username),
				new Entry(mac(password), authentication, this.clock.instant().plus(TIME_TO_LIVE)));
	}

	@EventListener
	void forget(AccountChanged event) {
		this.entries.remove(key(event.username()));
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

	private record Entry(byte[] mac, Authentication authentication, Instant expires) {
	}

}
