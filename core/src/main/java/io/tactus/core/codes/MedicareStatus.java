package io.tactus.core.codes;

import java.util.Optional;

/**
 * How the Medicare physician fee schedule treats a code: the status column of the CMS RVU
 * file (PPRRVU). Only the statuses that occur among the catalog's codes are listed; a
 * file with another status is refused when it is loaded.
 */
public enum MedicareStatus {

	/** Status A: active, paid separately under the fee schedule. */
	ACTIVE("A"),

	/** Status B: bundled into other services of the day; it may be billed but pays $0. */
	BUNDLED("B"),

	/**
	 * Status C: carrier-priced. CMS publishes no national amount; the Medicare
	 * Administrative Contractor (MAC) sets the price.
	 */
	CARRIER_PRICED("C"),

	/**
	 * Status I: not valid for Medicare. Medicare pays for the service under another code
	 * (e.g. G0283 instead of 97014).
	 */
	NOT_RECOGNISED("I"),

	/** Status N: not covered by Medicare; Medicare pays nothing. */
	NON_COVERED("N"),

	/**
	 * Status R: restricted coverage. Medicare pays only under special coverage
	 * instructions; when covered and the file shows no RVUs, the MAC sets the price.
	 */
	RESTRICTED("R");

	private final String letter;

	MedicareStatus(String letter) {
		this.letter = letter;
	}

	/**
	 * The letter CMS uses in the status column.
	 * @return e.g. {@code "A"}
	 */
	public String letter() {
		return this.letter;
	}

	/**
	 * The status of a CMS status letter.
	 * @param letter the letter, e.g. {@code "B"}
	 * @return the status, or empty for a letter not listed here
	 */
	public static Optional<MedicareStatus> ofLetter(String letter) {
		for (MedicareStatus status : values()) {
			if (status.letter.equals(letter)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
