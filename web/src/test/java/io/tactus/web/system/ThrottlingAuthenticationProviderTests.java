package io.tactus.web.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThrottlingAuthenticationProviderTests {

	private final MutableClock clock = new MutableClock();

	private final ThrottleDatabase database = new ThrottleDatabase();

	private final AtomicInteger checks = new AtomicInteger();

	private final AuthenticationProvider passwords = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			ThrottlingAuthenticationProviderTests.this.checks.incrementAndGet();
			if (!"right-password-1".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
					java.util.List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	private final ApiCredentialCache cache = new ApiCredentialCache(this.clock);

	private final ThrottlingAuthenticationProvider api = new ThrottlingAuthenticationProvider(this.passwords,
			this.database.throttle(SignInProperties.DEFAULTS, this.clock), this.cache);

	@Test
	void remembersSuccessSoTheNextCallSkipsThePasswordCheck() {
		this.api.authenticate(token("ana", "right-password-1"));
		this.api.authenticate(token("ana", "right-password-1"));
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void neverAcceptsAnotherPasswordFromTheCache() {
		this.api.authenticate(token("ana", "right-password-1"));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.api.authenticate(token("ana", "wrong-password-1")));
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void checksAgainAfterAMinuteOrAnAccountChange() {
		this.api.authenticate(token("ana", "right-password-1"));
		this.clock.advance(ApiCredentialCache.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));
		this.api.authenticate(token("ana", "right-password-1"));
		assertThat(this.checks).hasValue(2);
		this.cache.forget(new AccountChanged("ANA"));
		this.api.authenticate(token("ana", "right-password-1"));
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void lockedNameIsRefusedEvenWithRememberedCredentials() {
		this.api.authenticate(token("ana", "right-password-1"));
		for (int i = 0; i < SignInProperties.DEFAULTS.failuresPerName(); i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> this.api.authenticate(token("ana", "wrong-password-1")));
		}
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> this.api.authenticate(token("ana", "right-password-1")));
	}

	@Test
	void concurrentWrongGuessesGetNoMoreChecksThanTheLimit() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger refused = new AtomicInteger();
		AuthenticationProvider slowPasswords = new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				ThrottlingAuthenticationProviderTests.this.checks.incrementAndGet();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new BadCredentialsException("Bad credentials");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}

		};
		ThrottlingAuthenticationProvider form = new ThrottlingAuthenticationProvider(slowPasswords,
				this.database.throttle(SignInProperties.DEFAULTS, this.clock), null);
		ExecutorService guessers = Executors.newFixedThreadPool(20);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> guesses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				guesses.add(guessers.submit(() -> {
					start.await();
					try {
						form.authenticate(token("admin", "guess-password-1"));
					}
					catch (LoginThrottledException ex) {
						refused.incrementAndGet();
					}
					catch (BadCredentialsException ex) {
						// a checked guess
					}
					return null;
				}));
			}
			start.countDown();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (this.checks.get() + refused.get() < 20 && System.nanoTime() < deadline) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
			}
			release.countDown();
			for (Future<?> guess : guesses) {
				guess.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			guessers.shutdownNow();
		}
		assertThat(this.checks).hasValue(SignInProperties.DEFAULTS.failuresPerName());
		assertThat(refused).hasValue(20 - SignInProperties.DEFAULTS.failuresPerName());
	}

	@Test
	void refusesOverlongNamesBeforeAnyCheck() {
		assertThatExceptionOfType(UsernameTooLongException.class)
			.isThrownBy(() -> this.api.authenticate(token("a".repeat(1_000_000), "right-password-1")));
		assertThat(this.checks).hasValue(0);
	}

	private static UsernamePasswordAuthenticationToken token(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
