package io.tactus.core.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Medicare payment locality: the Medicare Administrative Contractor (MAC) number and
 * the locality number within it, written {@code MAC-locality}, e.g. {@code 02102-01}
 * (Alaska).
 *
 * @param mac the five-digit MAC number
 * @param locality the two-digit locality number
 */
public record LocalityId(String mac, String locality) {

	private static final Pattern MAC = Pattern.compile("[0-9]{5}");

	private static final Pattern LOCALITY = Pattern.compile("[0-9]{2}");

	private static final Pattern TEXT = Pattern.compile("([0-9]{5})-([0-9]{2})");

	public LocalityId {
		Objects.requireNonNull(mac, "mac");
		Objects.requireNonNull(locality, "locality");
		if (!MAC.matcher(mac).matches()) {
			throw new IllegalArgumentException("A MAC number has five digits: '" + mac + "'");
		}
		if (!LOCALITY.matcher(locality).matches()) {
			throw new IllegalArgumentException("A locality number has two digits: '" + locality + "'");
		}
	}

	/**
	 * Read a locality written {@code MAC-locality}.
	 * @param text e.g. {@code 02102-01}; surrounding spaces are ignored
	 * @return the locality, or empty when the text does not have that shape
	 */
	public static Optional<LocalityId> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text.strip());
		return matcher.matches() ? Optional.of(new LocalityId(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	/**
	 * The locality as written in requests and forms.
	 * @return e.g. {@code 02102-01}
	 */
	public String text() {
		return this.mac + "-" + this.locality;
	}

	@Override
	public String toString() {
		return text();
	}

}
