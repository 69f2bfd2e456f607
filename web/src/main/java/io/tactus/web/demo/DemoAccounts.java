package io.tactus.web.demo;

import io.tactus.web.account.AccountService;
import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.account.Accounts;
import io.tactus.web.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo} only: sample accounts with well-known passwords, listed in the
 * README.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String OWNER = "owner@demo.tactus";

	static final String BILLER = "biller@demo.tactus";

	static final String VIEWER = "viewer@demo.tactus";

	static final String SEEKER = "seeker@demo.tactus";

	static final String PASSWORD = "Demo-tactus-2026";

	static final String CLINIC = "Demo Massage & Physio";

	private static final Logger logger = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	private final AccountService service;

	DemoAccounts(Accounts accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@Override
	public void run(ApplicationArguments args) {
		create(OWNER, Role.CLINIC_OWNER, CLINIC);
		create(BILLER, Role.CLINIC_BILLER, CLINIC);
		create(VIEWER, Role.CLINIC_VIEWER, CLINIC);
		create(SEEKER, Role.JOB_SEEKER, null);
		logger.warn(
				"Demo profile: sample accounts {}, {}, {} and {} (password {}). Never use this profile for real data.",
				OWNER, BILLER, VIEWER, SEEKER, PASSWORD);
	}

	private void create(String username, Role role, String clinic) {
		if (this.accounts.findByUsername(username).isEmpty()) {
			this.service.createByAdmin(new NewAccount(username, PASSWORD, role, clinic), "demo");
		}
	}

}
