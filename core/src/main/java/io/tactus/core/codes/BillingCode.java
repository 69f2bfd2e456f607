package io.tactus.core.codes;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One billing code of the catalog.
 *
 * <p>
 * The description is our own plain-language wording, never the AMA CPT descriptor. Values
 * that no source gave stay empty: an unknown MUE is {@code OptionalInt.empty()}, never 0.
 *
 * @param code the five-character CPT or HCPCS code, e.g. {@code 97110}
 * @param description our own short description
 * @param timing how units are counted
 * @param family the group of services
 * @param medicareStatus how Medicare's fee schedule treats the code, when known
 * @param medicareReplacement the code Medicare wants instead, when it does not recognise
 * this one
 * @param alwaysTherapy whether the code is on Medicare's "always therapy" list (needs
 * GP/GO/GN, falls under the multiple procedure payment reduction)
 * @param commonProviders provider types that commonly bill the code (descriptive, not a
 * scope rule)
 * @param mue the medically unlikely edit (units per day), when known
 * @param note a remark on the data, when there is one
 */
public record BillingCode(String code, String description, Timing timing, CodeFamily family,
		Optional<MedicareStatus> medicareStatus, Optional<String> medicareReplacement, boolean alwaysTherapy,
		Set<ProviderType> commonProviders, OptionalInt mue, Optional<String> note) {

	private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");

	public BillingCode {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(timing, "timing");
		Objects.requireNonNull(family, "family");
		Objects.requireNonNull(medicareStatus, "medicareStatus");
		Objects.requireNonNull(medicareReplacement, "medicareReplacement");
		Objects.requireNonNull(commonProviders, "commonProviders");
		Objects.requireNonNull(mue, "mue");
		Objects.requireNonNull(note, "note");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a five-character billing code: '" + code + "'");
		}
		if (description.isBlank()) {
			throw new IllegalArgumentException("Code " + code + " needs a description");
		}
		if (mue.isPresent() && mue.getAsInt() < 1) {
			throw new IllegalArgumentException("Code " + code + " has an MUE below 1: " + mue.getAsInt());
		}
		commonProviders = commonProviders.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(commonProviders));
	}

	/**
	 * Whether the code is a 15-minute timed code.
	 * @return true when counted by the 8-minute or midpoint rule
	 */
	public boolean isTimed() {
		return this.timing.isTimed();
	}

	/**
	 * Whether Medicare bundles the code (billed, paid $0).
	 * @return true for status B
	 */
	public boolean isMedicareBundled() {
		return this.medicareStatus.orElse(null) == MedicareStatus.BUNDLED;
	}

	/**
	 * Whether Medicare does not recognise the code.
	 * @return true when another code must be billed to Medicare
	 */
	public boolean isMedicareNotRecognised() {
		return this.medicareStatus.orElse(null) == MedicareStatus.NOT_RECOGNISED;
	}

}
