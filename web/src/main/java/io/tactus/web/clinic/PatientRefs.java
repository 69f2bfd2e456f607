package io.tactus.web.clinic;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pseudonymous patient references: 3 to 32 letters, digits and hyphens, never something
 * that looks like a date (a birth date would identify the patient).
 */
final class PatientRefs {

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9-]{3,32}");

	private static final Pattern DATE_LIKE = Pattern
		.compile("(?:19|20)\\d{2}-?\\d{1,2}-?\\d{1,2}|\\d{1,2}-\\d{1,2}-\\d{2,4}|\\d{8}|\\d{6}");

	private PatientRefs() {
	}

	/**
	 * What is wrong with a reference.
	 * @param reference the reference
	 * @return the message key of the problem, empty when it is fine
	 */
	static Optional<String> problem(String reference) {
		String text = (reference != null) ? reference.strip() : "";
		if (text.isEmpty()) {
			return Optional.of("clinic.patientRef.required");
		}
		if (!ALLOWED.matcher(text).matches()) {
			return Optional.of("clinic.patientRef.pattern");
		}
		if (DATE_LIKE.matcher(text).matches()) {
			return Optional.of("clinic.patientRef.date");
		}
		return Optional.empty();
	}

}
