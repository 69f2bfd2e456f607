package io.tactus.web.system;

import java.time.Duration;

import io.tactus.web.system.LoginThrottle.Attempt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LoginThrottleTests {

	private static final String ATTACKER = "203.0.113.66";

	private static final String OWNER = "198.51.100.7";

	private final MutableClock clock = new MutableClock();

	private final ThrottleDatabase database = new ThrottleDatabase();

	private final LoginThrottle throttle = this.database.throttle(SignInProperties.DEFAULTS, this.clock);

	@Test
	void afterFiveFailuresEachAttemptWaitsTwiceAsLong() {
		fail("admin", ATTACKER, 5);
		assertThat(refusal("admin", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		fail("admin", ATTACKER, 1);
		assertThat(refusal("admin", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(2));
		this.clock.advance(Duration.ofSeconds(2));
		fail("admin", ATTACKER, 1);
		assertThat(refusal("admin", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(4));
		this.clock.advance(Duration.ofSeconds(3));
		assertThat(refusal("admin", ATTACKER).retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void theWaitStopsGrowingAtFifteenMinutes() {
		for (int i = 0; i < 30; i++) {
			fail("admin", ATTACKER, 1);
			this.clock.advance(Duration.ofMinutes(15));
		}
		fail("admin", ATTACKER, 1);
		assertThat(refusal("admin", ATTACKER).retryAfter()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theOwnerSignsInFromAnAddressThatHasNotBeenFailing() {
		fail("admin", ATTACKER, 5);
		refusal("Admin ", ATTACKER);
		this.throttle.check("admin", OWNER);
		this.throttle.reserve("admin", OWNER).succeeded();
		refusal("admin", ATTACKER);
	}

	@Test
	void sprayingManyNamesFromOneAddressIsSlowedDown() {
		for (int i = 0; i < 20; i++) {
			fail("user" + i, ATTACKER, 1);
		}
		assertThat(refusal("someone.else", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(1));
		this.throttle.reserve("someone.else", OWNER).succeeded();
	}

	@Test
	void aRightPasswordForgetsTheNamesFailuresButNotTheAddresss() {
		fail("ana", ATTACKER, 4);
		this.throttle.reserve("ana", ATTACKER).succeeded();
		fail("ana", ATTACKER, 4);
		this.throttle.reserve("ana", ATTACKER).succeeded();
		for (int i = 0; i < 12; i++) {
			fail("user" + i, ATTACKER, 1);
		}
		refusal("ana", ATTACKER);
	}

	@Test
	void aCancelledAttemptIsNotAFailure() {
		for (int i = 0; i < 10; i++) {
			this.throttle.reserve("ana", ATTACKER).cancelled();
		}
		this.throttle.check("ana", ATTACKER);
	}

	@Test
	void refusesNamesLongerThanTheLongestEmailAddress() {
		assertThatExceptionOfType(UsernameTooLongException.class)
			.isThrownBy(() -> this.throttle.reserve("a".repeat(255), ATTACKER));
		assertThatExceptionOfType(UsernameTooLongException.class)
			.isThrownBy(() -> this.throttle.check("a".repeat(1_000_000), ATTACKER));
		assertThat(this.throttle.size()).isZero();
		this.throttle.reserve("a".repeat(254), ATTACKER);
		assertThat(this.throttle.size()).isEqualTo(2);
	}

	@Test
	void forgetsFailuresAnHourAfterTheLastOne() {
		fail("ana", ATTACKER, 5);
		fail("bob", OWNER, 1);
		this.clock.advance(LoginThrottle.FORGET_AFTER);
		this.throttle.check("ana", ATTACKER);
		this.throttle.reserve("carl", "192.0.2.1");
		this.throttle.forgetOld();
		assertThat(this.throttle.size()).isEqualTo(2);
		this.throttle.check("ana", ATTACKER);
		fail("ana", ATTACKER, 4);
		this.throttle.check("ana", ATTACKER);
	}

	@Test
	void keepsABoundedNumberOfCountsTheOldestGoingFirst() {
		LoginThrottle capped = this.database.throttle(SignInProperties.DEFAULTS, this.clock, 100);
		for (int i = 0; i < 60; i++) {
			capped.reserve("name-" + i, "10.0.0." + i);
			this.clock.advance(Duration.ofMillis(1));
		}
		for (int i = 0; i < 5; i++) {
			capped.reserve("ana", ATTACKER);
		}
		assertThat(capped.size()).isEqualTo(122);
		capped.forgetOld();
		assertThat(capped.size()).isEqualTo(100);
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> capped.check("ana", ATTACKER));
		assertThat(this.database.jdbc.sql("select count(*) from sign_in_failure where count_key like '% 10.0.0.0'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.database.jdbc.sql("select count(*) from sign_in_failure where count_key like '% 10.0.0.59'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void nodesSharingTheDatabaseCountTogether() {
		LoginThrottle other = this.database.throttle(SignInProperties.DEFAULTS, this.clock);
		fail("ana", ATTACKER, 3);
		for (int i = 0; i < 2; i++) {
			other.reserve("ana", ATTACKER);
		}
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> other.check("ana", ATTACKER));
		refusal("ana", ATTACKER);
	}

	@Test
	void countsWrongPasswordsAndRefusalsAsMetrics() {
		for (int i = 0; i < 5; i++) {
			this.throttle.reserve("ana", ATTACKER).failed();
		}
		refusal("ana", ATTACKER);
		this.throttle.reserve("bob", OWNER).succeeded();
		assertThat(this.database.failures("bad-credentials")).isEqualTo(5);
		assertThat(this.database.failures("throttled")).isEqualTo(2);
	}

	private void fail(String name, String address, int times) {
		for (int i = 0; i < times; i++) {
			Attempt attempt = this.throttle.reserve(name, address);
			assertThat(attempt).isNotNull();
		}
	}

	private LoginThrottledException refusal(String name, String address) {
		LoginThrottledException checked = org.assertj.core.api.Assertions
			.catchThrowableOfType(LoginThrottledException.class, () -> this.throttle.check(name, address));
		assertThat(checked).as("check refuses").isNotNull();
		LoginThrottledException refused = org.assertj.core.api.Assertions
			.catchThrowableOfType(LoginThrottledException.class, () -> this.throttle.reserve(name, address));
		assertThat(refused).as("reserve refuses").isNotNull();
		return refused;
	}

}
