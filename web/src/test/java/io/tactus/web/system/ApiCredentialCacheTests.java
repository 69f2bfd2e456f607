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
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApiCredentialCacheTests {

	private static final String PASSWORD = "right-password-1";

	private final MutableClock clock = new MutableClock();

	private final ApiCredentialCache cache = new ApiCredentialCache(this.clock);

	private final AtomicInteger checks = new AtomicInteger();

	private final ExecutorService callers = Executors.newFixedThreadPool(8);

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	@Test
	void callersThatMissTogetherShareOneCheck() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<Future<Authentication>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			results.add(this.callers.submit(() -> this.cache.authenticate("ana", PASSWORD, blockedCheck(release))));
		}
		awaitChecks(1);
		Thread.sleep(100);
		release.countDown();
		for (Future<Authentication> result : results) {
			assertThat(result.get(5, TimeUnit.SECONDS).getName()).isEqualTo("ana");
		}
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void aSharedCheckThatFailsFailsForEveryCallerAndIsNotRemembered() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Supplier<Authentication> wrong = () -> {
			this.checks.incrementAndGet();
			await(release);
			throw new BadCredentialsException("Bad credentials");
		};
		List<Future<Authentication>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(this.callers.submit(() -> this.cache.authenticate("ana", "wrong-password-1", wrong)));
		}
		awaitChecks(1);
		Thread.sleep(100);
		release.countDown();
		for (Future<Authentication> result : results) {
			assertThatExceptionOfType(Exception.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
				.withCauseInstanceOf(BadCredentialsException.class);
		}
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.cache.authenticate("ana", "wrong-password-1", wrong));
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void nearExpiryOneCallerChecksAgainWhileTheOthersUseTheEntry() throws Exception {
		this.cache.authenticate("ana", PASSWORD, check());
		this.clock
			.advance(ApiCredentialCache.TIME_TO_LIVE.minus(ApiCredentialCache.REFRESH_BEFORE_EXPIRY).plusSeconds(1));
		CountDownLatch release = new CountDownLatch(1);
		Future<Authentication> refreshing = this.callers
			.submit(() -> this.cache.authenticate("ana", PASSWORD, blockedCheck(release)));
		awaitChecks(2);
		assertThat(this.cache.authenticate("ana", PASSWORD, check()).getName()).isEqualTo("ana");
		assertThat(this.checks).hasValue(2);
		release.countDown();
		assertThat(refreshing.get(5, TimeUnit.SECONDS).getName()).isEqualTo("ana");
		this.clock.advance(ApiCredentialCache.REFRESH_BEFORE_EXPIRY.plusSeconds(5));
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).as("the refreshed entry lasts a full minute from its check").hasValue(2);
	}

	@Test
	void aRefreshThatFailsForgetsTheEntry() {
		this.cache.authenticate("ana", PASSWORD, check());
		this.clock
			.advance(ApiCredentialCache.TIME_TO_LIVE.minus(ApiCredentialCache.REFRESH_BEFORE_EXPIRY).plusSeconds(1));
		Supplier<Authentication> changedPassword = () -> {
			this.checks.incrementAndGet();
			throw new BadCredentialsException("Bad credentials");
		};
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.cache.authenticate("ana", PASSWORD, changedPassword));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.cache.authenticate("ana", PASSWORD, changedPassword));
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void aWrongPasswordDoesNotForgetTheRightOne() {
		this.cache.authenticate("ana", PASSWORD, check());
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.cache.authenticate("ana", "wrong-password-1", () -> {
				throw new BadCredentialsException("Bad credentials");
			}));
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void aCheckThatOverlapsAnAccountChangeIsNotRemembered() {
		this.cache.authenticate("ana", PASSWORD, () -> {
			this.checks.incrementAndGet();
			this.cache.forget(new AccountChanged("ana"));
			return authenticated();
		});
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void anAccountChangeOnAnyNodeForgetsEveryone() {
		this.cache.authenticate("ana", PASSWORD, check());
		this.cache.authenticate("bob", PASSWORD, check());
		this.cache.forgetAll(new StateGenerationAdvanced("published-data", 7));
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).hasValue(2);
		this.cache.forgetAll(new StateGenerationAdvanced("accounts", 3));
		this.cache.authenticate("ana", PASSWORD, check());
		this.cache.authenticate("bob", PASSWORD, check());
		assertThat(this.checks).hasValue(4);
	}

	@Test
	void aCheckThatOverlapsAnAccountChangeOnAnotherNodeIsNotRemembered() {
		this.cache.authenticate("ana", PASSWORD, () -> {
			this.checks.incrementAndGet();
			this.cache.forgetAll(new StateGenerationAdvanced("accounts", 4));
			return authenticated();
		});
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void expiresAfterAMinute() {
		this.cache.authenticate("ana", PASSWORD, check());
		this.clock.advance(ApiCredentialCache.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));
		this.cache.authenticate("ana", PASSWORD, check());
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void remembersNoMoreThanItsBound() {
		for (int i = 0; i <= ApiCredentialCache.MAX_ENTRIES + 100; i++) {
			this.cache.authenticate("user-" + i, PASSWORD, check());
		}
		assertThat(this.cache.size()).isLessThanOrEqualTo(ApiCredentialCache.MAX_ENTRIES);
	}

	@Test
	void anAccountChangeForgetsOnlyThatAccount() {
		this.cache.authenticate("ana", PASSWORD, check());
		this.cache.authenticate("bob", PASSWORD, check());
		this.cache.forget(new AccountChanged(" ANA "));
		this.cache.authenticate("ana", PASSWORD, check());
		this.cache.authenticate("bob", PASSWORD, check());
		assertThat(this.checks).hasValue(3);
	}

	private Supplier<Authentication> check() {
		return () -> {
			this.checks.incrementAndGet();
			return authenticated();
		};
	}

	private Supplier<Authentication> blockedCheck(CountDownLatch release) {
		return () -> {
			this.checks.incrementAndGet();
			await(release);
			return authenticated();
		};
	}

	private void awaitChecks(int expected) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (this.checks.get() < expected && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(this.checks).hasValue(expected);
	}

	private static void await(CountDownLatch release) {
		try {
			assertThat(release.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Authentication authenticated() {
		return UsernamePasswordAuthenticationToken.authenticated("ana", null, List.of());
	}

}
