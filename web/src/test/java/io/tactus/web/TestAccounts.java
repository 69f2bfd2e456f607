package io.tactus.web;

import io.tactus.web.account.AccountService;
import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;

/**
 * Makes the accounts a test needs, once per application context.
 */
public final class TestAccounts {

	/** The password of every account made here. */
	public static final String PASSWORD = "Test-password-2026";

	/** The first admin's password, from application-test.properties. */
	public static final String ADMIN_PASSWORD = "Tactus-test-pw-2026";

	private TestAccounts() {
	}

	/**
	 * The account with this name, made when missing.
	 * @param accounts the repository
	 * @param service the service
	 * @param username the name
	 * @param role the role
	 * @param clinic the clinic, for clinic owners
	 * @return the account
	 */
	public static TactusUser ensure(Accounts accounts, AccountService service, String username, Role role,
			String clinic) {
		return accounts.findByUsername(username)
			.orElseGet(() -> service.createByAdmin(new NewAccount(username, PASSWORD, role, clinic), "test"));
	}

}
