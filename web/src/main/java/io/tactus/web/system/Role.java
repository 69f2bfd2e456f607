package io.tactus.web.system;

/**
 * What a user may do in the portal.
 */
public enum Role {

	/** Manages users and wage datasets. */
	ADMIN,

	/** Owns a clinic and sees that clinic's billing. */
	CLINIC_OWNER,

	/** Compares pay and demand by state. */
	JOB_SEEKER;

	/**
	 * The Spring Security authority name.
	 * @return {@code ROLE_} and the name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
