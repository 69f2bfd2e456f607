package io.tactus.web.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.tactus.web.account.AccountRejectedException.Problem;
import io.tactus.web.system.Role;

/**
 * The rules for user names, passwords and clinic names, shared by sign-up, the admin page
 * and the API.
 */
final class AccountRules {

	static final int MIN_PASSWORD_LENGTH = 12;

	/** The most bcrypt hashes: a longer password cannot be stored. */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MIN_DISTINCT_CHARACTERS = 5;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

	private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,40}$");

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "letmein12345",
			"iloveyou1234", "password123!", "welcome12345", "administrator", "changeme1234", "massage12345");

	private AccountRules() {
	}

	static List<Problem> check(String username, String password, Role role, String clinic) {
		List<Problem> problems = new ArrayList<>();
		String name = (username != null) ? username.trim() : "";
		checkUsername(name).ifPresent(problems::add);
		checkPassword(name, password).ifPresent(problems::add);
		if (role == null) {
			problems.add(new Problem("role", "account.role.required"));
		}
		else if (role.isClinicRole()) {
			String clinicName = (clinic != null) ? clinic.trim() : "";
			if (clinicName.isEmpty()) {
				problems.add(new Problem("clinic", "account.clinic.required"));
			}
			else if (clinicName.length() < 2 || clinicName.length() > 120) {
				problems.add(new Problem("clinic", "account.clinic.length"));
			}
		}
		return problems;
	}

	/**
	 * Checks a user name alone: an email address, or 3 to 40 letters, digits, dots,
	 * dashes or underscores.
	 * @param username the name, trimmed
	 * @return the problem, or empty
	 */
	static java.util.Optional<Problem> checkUsername(String username) {
		if (username.isEmpty()) {
			return java.util.Optional.of(new Problem("username", "account.username.required"));
		}
		if (username.contains("@")) {
			if (username.length() > 254 || !EMAIL.matcher(username).matches()) {
				return java.util.Optional.of(new Problem("username", "account.username.badEmail"));
			}
			return java.util.Optional.empty();
		}
		if (!USERNAME.matcher(username).matches()) {
			return java.util.Optional.of(new Problem("username", "account.username.invalid"));
		}
		return java.util.Optional.empty();
	}

	static java.util.Optional<Problem> checkPassword(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			return java.util.Optional.of(new Problem("password", "account.password.tooShort"));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return java.util.Optional.of(new Problem("password", "account.password.tooLong"));
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean other = password.chars().anyMatch((c) -> !Character.isLetter(c));
		long distinct = password.chars().distinct().count();
		String lower = password.toLowerCase(Locale.ROOT);
		if (!letter || !other) {
			return java.util.Optional.of(new Problem("password", "account.password.needsMix"));
		}
		if (distinct < MIN_DISTINCT_CHARACTERS) {
			return java.util.Optional.of(new Problem("password", "account.password.repetitive"));
		}
		if (COMMON.contains(lower)) {
			return java.util.Optional.of(new Problem("password", "account.password.common"));
		}
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return java.util.Optional.of(new Problem("password", "account.password.containsUsername"));
		}
		return java.util.Optional.empty();
	}

}
