package io.tactus.web.account;

import java.security.SecureRandom;

/**
 * Temporary passwords that an owner reads out or passes on to a new member of staff: 16
 * random characters in four groups of four ({@code k7qm-x3vd-...}), from lower-case
 * letters and digits without the ones that are easily confused ({@code 0 o 1 l i}). That
 * is about 80 bits of chance, made by {@link SecureRandom}; the member must change it at
 * their first sign-in.
 */
final class TemporaryPasswords {

	static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	static final int GROUPS = 4;

	static final int GROUP_LENGTH = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	/**
	 * A new temporary password that the account rules accept for this user.
	 * @param username whom it is for (a password must not contain the user name)
	 * @return the password
	 */
	static String next(String username) {
		while (true) {
			String password = random();
			if (AccountRules.checkPassword(username, password).isEmpty()) {
				return password;
			}
		}
	}

	private static String random() {
		StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

}
