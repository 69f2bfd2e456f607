package io.tactus.web.clinic;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a visit log, one line per service (documented in docs/clinic.md).
 */
enum VisitLogColumn {

	/** Date of service, yyyy-mm-dd (or a date cell in a workbook). */
	DATE("date", true),

	/** The clinic's pseudonymous patient reference: never a name or a birth date. */
	PATIENT_REF("patient_ref", true),

	/** The therapist's name as set up in the settings. */
	THERAPIST("therapist", true),

	/** The payer's name as set up in the settings. */
	PAYER("payer", true),

	/** The CPT/HCPCS code. */
	CODE("code", true),

	/** Minutes of direct time; may be empty for untimed codes. */
	MINUTES("minutes", false),

	/** Modifiers separated by spaces, commas or semicolons. */
	MODIFIERS("modifiers", false),

	/** The body region, e.g. lumbar. */
	BODY_REGION("body_region", false),

	/** The units billed, when known. */
	BILLED_UNITS("billed_units", false);

	private final String header;

	private final boolean required;

	VisitLogColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	public String header() {
		return this.header;
	}

	public boolean required() {
		return this.required;
	}

	static Optional<VisitLogColumn> ofHeader(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
		for (VisitLogColumn column : values()) {
			if (column.header.equals(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
