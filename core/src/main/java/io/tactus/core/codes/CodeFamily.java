package io.tactus.core.codes;

/**
 * The group of services a code belongs to.
 */
public enum CodeFamily {

	/** Physical agents such as heat, traction, electrical stimulation, ultrasound. */
	MODALITY,

	/** Therapeutic procedures such as exercise, manual therapy, group therapy. */
	PROCEDURE,

	/** Evaluations and re-evaluations. */
	EVALUATION,

	/** Tests and measurements. */
	TEST,

	/** Orthotic and prosthetic management. */
	ORTHOTIC,

	/** Chiropractic manipulation. */
	CHIROPRACTIC

}
