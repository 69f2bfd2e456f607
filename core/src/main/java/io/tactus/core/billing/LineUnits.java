package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The units one code of a visit earns under a rule, with the reason as figures.
 *
 * <p>
 * When the same code was entered on several lines, their minutes are added together and
 * {@code lines} lists them all.
 *
 * @param code the code
 * @param minutes the minutes (summed over its lines), empty when no line gave minutes
 * @param units the units the rule gives the code
 * @param reason why, as figures ({@code web} words it for a clinic owner)
 * @param lines the 0-based positions of the input lines merged into this code
 */
public record LineUnits(String code, OptionalInt minutes, int units, UnitReason reason, List<Integer> lines) {

	public LineUnits {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(minutes, "minutes");
		Objects.requireNonNull(reason, "reason");
		lines = List.copyOf(lines);
		if (units < 0) {
			throw new IllegalArgumentException("Units cannot be negative: " + units);
		}
	}

}
