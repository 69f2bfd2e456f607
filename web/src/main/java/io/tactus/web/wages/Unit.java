package io.tactus.web.wages;

/**
 * Whether wages are shown a year or an hour. OEWS annual wages are hourly × 2,080.
 */
enum Unit {

	ANNUAL("annual"), HOURLY("hourly");

	/** Hours of a full-time OEWS year. */
	static final double HOURS_A_YEAR = 2080;

	private final String key;

	Unit(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	static Unit parse(String text) {
		if (text == null || text.isBlank()) {
			return ANNUAL;
		}
		for (Unit unit : values()) {
			if (unit.key.equalsIgnoreCase(text.trim())) {
				return unit;
			}
		}
		throw new InvalidWageParameterException("unit", text, "wages.invalid.reason.unit");
	}

}
