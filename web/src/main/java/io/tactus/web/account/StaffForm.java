package io.tactus.web.account;

import io.tactus.web.system.Role;

/**
 * What the owner's new-staff form sends; the password is made by the portal.
 *
 * @param username the new member's email or user name
 * @param role biller or viewer
 */
record StaffForm(String username, Role role) {

	static StaffForm empty() {
		return new StaffForm("", Role.CLINIC_BILLER);
	}

}
