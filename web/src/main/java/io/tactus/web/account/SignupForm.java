package io.tactus.web.account;

/**
 * What the sign-up form sends.
 *
 * @param username email or user name
 * @param password the password
 * @param clinic the clinic's name, for clinic owners
 */
record SignupForm(String username, String password, String clinic) {

	static SignupForm empty() {
		return new SignupForm("", "", "");
	}

}
