package io.tactus.web.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryPasswordsTests {

	@Test
	void makesFourGroupsOfFourUnambiguousCharacters() {
		String password = TemporaryPasswords.next("staff.member");

		assertThat(password).matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}")
			.doesNotContain("0", "1", "o", "l", "i");
	}

	@Test
	void passesThePasswordRulesEvenForAUserNameItCouldContain() {
		for (int i = 0; i < 200; i++) {
			assertThat(AccountRules.checkPassword("abc", TemporaryPasswords.next("abc"))).isEmpty();
		}
	}

	@Test
	void neverRepeatsItself() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(TemporaryPasswords.next("staff.member"));
		}
		assertThat(seen).hasSize(1000);
	}

}
