package io.tactus.web.system;

/**
 * What a user may do in the portal.
 */
public enum Role {

	/** Manages users and wage datasets. */
	ADMIN,

	/**
	 * Owns a clinic: everything in that clinic, including its settings and its staff.
	 */
	CLINIC_OWNER,

	/**
	 * Works for a clinic on its billing: enters, imports, edits and deletes its visits
	 * and reads everything else of the clinic, but neither its settings nor its staff.
	 */
	CLINIC_BILLER,

	/**
	 * Reads a clinic's summaries and visits and exports them; changes nothing.
	 */
	CLINIC_VIEWER,

	/** Compares pay and demand by state. */
	JOB_SEEKER;

	/**
	 * The Spring Security authority name.
	 * @return {@code ROLE_} and the name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether this role belongs to one clinic (owner, biller, viewer).
	 * @return {@code true} for the clinic roles
	 */
	public boolean isClinicRole() {
		return this == CLINIC_OWNER || this == CLINIC_BILLER || this == CLINIC_VIEWER;
	}

	/**
	 * Whether this is a role an owner gives their clinic's staff (biller, viewer).
	 * @return {@code true} for biller and viewer
	 */
	public boolean isClinicStaff() {
		return this == CLINIC_BILLER || this == CLINIC_VIEWER;
	}

}
