package io.tactus.core.billing;

/**
 * How serious a finding is.
 */
public enum Severity {

	/** The claim will be denied or is wrong as it stands. */
	ERROR,

	/** The claim may be denied or paid less; check it. */
	WARNING,

	/** Worth knowing; no change needed. */
	INFO

}
