package io.tactus.reports.oews;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The areas OEWS publishes state estimates for: the 50 states, the District of Columbia
 * (which OEWS counts as a state) and the territories Guam, Puerto Rico and the U.S.
 * Virgin Islands.
 */
public enum UsState {

	AL("01", "Alabama", false),

	AK("02", "Alaska", false),

	AZ("04", "Arizona", false),

	AR("05", "Arkansas", false),

	CA("06", "California", false),

	CO("08", "Colorado", false),

	CT("09", "Connecticut", false),

	DE("10", "Delaware", false),

	DC("11", "District of Columbia", false),

	FL("12", "Florida", false),

	GA("13", "Georgia", false),

	HI("15", "Hawaii", false),

	ID("16", "Idaho", false),

	IL("17", "Illinois", false),

	IN("18", "Indiana", false),

	IA("19", "Iowa", false),

	KS("20", "Kansas", false),

	KY("21", "Kentucky", false),

	LA("22", "Louisiana", false),

	ME("23", "Maine", false),

	MD("24", "Maryland", false),

	MA("25", "Massachusetts", false),

	MI("26", "Michigan", false),

	MN("27", "Minnesota", false),

	MS("28", "Mississippi", false),

	MO("29", "Missouri", false),

	MT("30", "Montana", false),

	NE("31", "Nebraska", false),

	NV("32", "Nevada", false),

	NH("33", "New Hampshire", false),

	NJ("34", "New Jersey", false),

	NM("35", "New Mexico", false),

	NY("36", "New York", false),

	NC("37", "North Carolina", false),

	ND("38", "North Dakota", false),

	OH("39", "Ohio", false),

	OK("40", "Oklahoma", false),

	OR("41", "Oregon", false),

	PA("42", "Pennsylvania", false),

	RI("44", "Rhode Island", false),

	SC("45", "South Carolina", false),

	SD("46", "South Dakota", false),

	TN("47", "Tennessee", false),

	TX("48", "Texas", false),

	UT("49", "Utah", false),

	VT("50", "Vermont", false),

	VA("51", "Virginia", false),

	WA("53", "Washington", false),

	WV("54", "West Virginia", false),

	WI("55", "Wisconsin", false),

	WY("56", "Wyoming", false),

	GU("66", "Guam", true),

	PR("72", "Puerto Rico", true),

	VI("78", "Virgin Islands", true);

	private static final Map<String, UsState> BY_FIPS = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(UsState::fips, Function.identity()));

	private final String fips;

	private final String title;

	private final boolean territory;

	UsState(String fips, String title, boolean territory) {
		this.fips = fips;
		this.title = title;
		this.territory = territory;
	}

	/**
	 * The two-digit FIPS code, as OEWS uses it for AREA.
	 * @return the FIPS code
	 */
	public String fips() {
		return this.fips;
	}

	/**
	 * The two-letter postal code.
	 * @return the postal code
	 */
	public String postalCode() {
		return name();
	}

	/**
	 * The name, as OEWS writes it in AREA_TITLE.
	 * @return the name
	 */
	public String title() {
		return this.title;
	}

	public boolean isTerritory() {
		return this.territory;
	}

	/**
	 * The state with a postal code, ignoring case and surrounding blanks.
	 * @param postalCode two letters
	 * @return the state, or empty when there is none
	 */
	public static Optional<UsState> ofPostalCode(String postalCode) {
		String code = postalCode.trim().toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter((state) -> state.name().equals(code)).findFirst();
	}

	/**
	 * The state with a FIPS code; a one-digit code (as Excel stores {@code 01}) is
	 * left-padded.
	 * @param fips the FIPS code
	 * @return the state, or empty when there is none
	 */
	public static Optional<UsState> ofFips(String fips) {
		String code = fips.trim();
		if (code.length() == 1) {
			code = "0" + code;
		}
		return Optional.ofNullable(BY_FIPS.get(code));
	}

}
