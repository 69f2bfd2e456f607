package io.tactus.web.account;

import io.tactus.web.system.Role;

/**
 * What the admins' new-user form sends.
 *
 * @param username email or user name
 * @param password the first password
 * @param role the role
 * @param clinic the clinic name, for the clinic roles
 */
record NewUserForm(String username, String password, Role role, String clinic) {

	static NewUserForm empty() {
		return new NewUserForm("", "", Role.JOB_SEEKER, "");
	}

}
