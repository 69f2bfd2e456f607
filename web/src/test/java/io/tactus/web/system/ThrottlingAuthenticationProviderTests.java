package io.tactus.web.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.tactus.web.account.AccountChanged;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThrottlingAuthenticationProviderTests {

	private final MutableClock clock = new MutableClock();

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
			new LoginThrottle(this.clock), this.cache);

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
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> this.api.authenticate(token("ana", "wrong-password-1")));
		}
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> this.api.authenticate(token("ana", "right-password-1")));
	}

	private static UsernamePasswordAuthenticationToken token(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
