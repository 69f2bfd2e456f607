package io.tactus.core.codes;

/**
 * The kind of clinician who renders a service.
 */
public enum ProviderType {

	/** Physical therapist. */
	PT,

	/** Physical therapist assistant. */
	PTA,

	/** Occupational therapist. */
	OT,

	/** Occupational therapy assistant. */
	OTA,

	/** Licensed massage therapist. */
	LMT,

	/** Doctor of chiropractic. */
	DC;

	/**
	 * Whether this provider is a therapy assistant whose Medicare lines carry CQ or CO.
	 * @return true for PTA and OTA
	 */
	public boolean isAssistant() {
		return this == PTA || this == OTA;
	}

}
