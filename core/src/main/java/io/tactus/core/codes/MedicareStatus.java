package io.tactus.core.codes;

/**
 * How the Medicare physician fee schedule treats a code.
 */
public enum MedicareStatus {

	/** Paid separately under the fee schedule. */
	ACTIVE,

	/** Bundled (status B): it may be billed but Medicare pays nothing for it. */
	BUNDLED,

	/** Not recognised by Medicare: another code must be billed instead. */
	NOT_RECOGNISED

}
