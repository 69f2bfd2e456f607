package io.tactus.core.billing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One service of a visit as the clinic entered it.
 *
 * <p>
 * The constructor only normalises (code and modifiers upper-case, region lower-case,
 * trimmed). Range checks (known code, 0 to 1440 minutes, minutes present on timed codes)
 * happen when the visit is evaluated, because only then is the line's position known and
 * the exception can name the field, e.g. {@code services[1].minutes}.
 *
 * @param code the CPT or HCPCS code
 * @param minutes the minutes of direct one-on-one time; may be empty for untimed codes
 * @param modifiers the modifiers on the line (e.g. GP, CQ, 59, XS)
 * @param bodyRegion the treated body region, when recorded (e.g. {@code lumbar})
 * @param billedUnits the units the clinic billed or intends to bill, when known
 */
public record ServiceLine(String code, OptionalInt minutes, Set<String> modifiers, Optional<String> bodyRegion,
		OptionalInt billedUnits) {

	public ServiceLine {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(minutes, "minutes");
		Objects.requireNonNull(modifiers, "modifiers");
		Objects.requireNonNull(bodyRegion, "bodyRegion");
		Objects.requireNonNull(billedUnits, "billedUnits");
		code = code.strip().toUpperCase(Locale.ROOT);
		modifiers = normalise(modifiers);
		bodyRegion = bodyRegion.map((region) -> region.strip().toLowerCase(Locale.ROOT))
			.filter((region) -> !region.isEmpty());
	}

	private static Set<String> normalise(Set<String> modifiers) {
		if (modifiers.isEmpty()) {
			return Set.of();
		}
		Set<String> result = new HashSet<>();
		for (String modifier : modifiers) {
			String value = Objects.requireNonNull(modifier, "modifier").strip().toUpperCase(Locale.ROOT);
			if (!value.isEmpty()) {
				result.add(value);
			}
		}
		return Set.copyOf(result);
	}

	/**
	 * A line with minutes, no modifiers, no region, no billed units.
	 * @param code the code
	 * @param minutes the minutes
	 * @return the line
	 */
	public static ServiceLine of(String code, int minutes) {
		return new ServiceLine(code, OptionalInt.of(minutes), Set.of(), Optional.empty(), OptionalInt.empty());
	}

	/**
	 * A line without minutes, for an untimed code.
	 * @param code the code
	 * @return the line
	 */
	public static ServiceLine untimed(String code) {
		return new ServiceLine(code, OptionalInt.empty(), Set.of(), Optional.empty(), OptionalInt.empty());
	}

	/**
	 * This line with the given modifiers.
	 * @param modifiers the modifiers, e.g. {@code "GP", "59"}
	 * @return a new line
	 */
	public ServiceLine withModifiers(String... modifiers) {
		return new ServiceLine(this.code, this.minutes, new HashSet<>(Arrays.asList(modifiers)), this.bodyRegion,
				this.billedUnits);
	}

	/**
	 * This line with the given body region.
	 * @param region the region, e.g. {@code cervical}
	 * @return a new line
	 */
	public ServiceLine withBodyRegion(String region) {
		return new ServiceLine(this.code, this.minutes, this.modifiers, Optional.of(region), this.billedUnits);
	}

	/**
	 * This line with the units the clinic billed.
	 * @param units the billed units
	 * @return a new line
	 */
	public ServiceLine withBilledUnits(int units) {
		return new ServiceLine(this.code, this.minutes, this.modifiers, this.bodyRegion, OptionalInt.of(units));
	}

	/**
	 * Whether the line carries a modifier.
	 * @param modifier the modifier, upper-case
	 * @return true when present
	 */
	public boolean hasModifier(String modifier) {
		return this.modifiers.contains(modifier);
	}

}
