package io.tactus.core.billing;

/**
 * How sure we are that an edit pair is in force.
 */
public enum EditStatus {

	/** A source reports the edit (no raw CMS table was checked). */
	REPORTED,

	/** The edit's current status is not confirmed. */
	UNCONFIRMED,

	/** Sources disagree. */
	CONFLICTING

}
