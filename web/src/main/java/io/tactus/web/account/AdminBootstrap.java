package io.tactus.web.account;

import java.security.SecureRandom;

import io.tactus.web.system.TactusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, makes sure an admin can sign in: when no enabled admin exists, creates
 * {@code admin} with the password from {@code TACTUS_ADMIN_PASSWORD}, or with a random
 * one that is logged once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Accounts accounts;

	private final AccountService service;

	private final TactusProperties properties;

	private final SecureRandom random = new SecureRandom();

	AdminBootstrap(Accounts accounts, AccountService service, TactusProperties properties) {
		this.accounts = accounts;
		this.service = service;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyEnabledAdmin() || this.accounts.usernameTaken("admin")) {
			return;
		}
		String configured = this.properties.adminPassword();
		if (!configured.isBlank()) {
			AccountRules.checkPassword("admin", configured).ifPresent((problem) -> {
				if (problem.code().equals("account.password.tooLong")) {
					throw new IllegalStateException("TACTUS_ADMIN_PASSWORD is too long: use at most "
							+ AccountRules.MAX_PASSWORD_BYTES + " bytes in UTF-8 (bcrypt hashes no more)");
				}
				throw new IllegalStateException("TACTUS_ADMIN_PASSWORD is too weak: use at least "
						+ AccountRules.MIN_PASSWORD_LENGTH + " characters with letters and digits or symbols");
			});
			this.service.createAdmin(configured);
			logger.info("Created user 'admin' with the password from TACTUS_ADMIN_PASSWORD.");
			return;
		}
		String generated = generatePassword();
		this.service.createAdmin(generated);
		logger.warn(
				"Created user 'admin' with the generated password: {}  (shown only this once). "
						+ "Sign in and change it under 'Account', or set TACTUS_ADMIN_PASSWORD before the first start.",
				generated);
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder("T7-");
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
