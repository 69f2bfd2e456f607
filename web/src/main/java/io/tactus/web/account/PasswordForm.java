package io.tactus.web.account;

/**
 * What the change-password form sends.
 *
 * @param current the current password
 * @param password the new password
 */
record PasswordForm(String current, String password) {

	static PasswordForm empty() {
		return new PasswordForm("", "");
	}

}
