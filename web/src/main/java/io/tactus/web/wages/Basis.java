package io.tactus.web.wages;

/**
 * Whether wages are shown as published or adjusted for the cost of living with BEA
 * regional price parities.
 */
enum Basis {

	RAW("raw"), ADJUSTED("adjusted");

	private final String key;

	Basis(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	static Basis parse(String text) {
		if (text == null || text.isBlank()) {
			return RAW;
		}
		for (Basis basis : values()) {
			if (basis.key.equalsIgnoreCase(text.trim())) {
				return basis;
			}
		}
		throw new InvalidWageParameterException("basis", text, "wages.invalid.reason.basis");
	}

}
