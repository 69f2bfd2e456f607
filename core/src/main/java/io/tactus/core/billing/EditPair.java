package io.tactus.core.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One NCCI-style procedure-to-procedure edit: two codes that are not paid together on the
 * same day unless a modifier shows they were distinct.
 *
 * @param version the version of the pair table the row belongs to
 * @param effectiveFrom the first date of service the edit applies to
 * @param effectiveTo the last date of service it applies to, when it has ended
 * @param column1 the column 1 (paid) code
 * @param column2 the column 2 code, denied without a modifier
 * @param modifierIndicator 1 when a modifier may bypass the edit, 0 when nothing may;
 * empty when unknown
 * @param sameRegion whether the edit applies only when both codes treat the same body
 * region
 * @param status how sure the source is
 * @param note the reason, in plain words
 * @param source where it comes from
 */
public record EditPair(String version, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo, String column1,
		String column2, OptionalInt modifierIndicator, boolean sameRegion, EditStatus status, String note,
		String source) {

	public EditPair {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(effectiveTo, "effectiveTo");
		Objects.requireNonNull(column1, "column1");
		Objects.requireNonNull(column2, "column2");
		Objects.requireNonNull(modifierIndicator, "modifierIndicator");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(source, "source");
		if (column1.equals(column2)) {
			throw new IllegalArgumentException("An edit pair needs two different codes: " + column1);
		}
		if (effectiveTo.isPresent() && effectiveTo.get().isBefore(effectiveFrom)) {
			throw new IllegalArgumentException(
					"Edit " + column1 + "/" + column2 + " ends before it starts: " + effectiveTo.get());
		}
		if (modifierIndicator.isPresent() && modifierIndicator.getAsInt() != 0 && modifierIndicator.getAsInt() != 1) {
			throw new IllegalArgumentException("Modifier indicator must be 0 or 1: " + modifierIndicator.getAsInt());
		}
	}

	/**
	 * Whether the edit applies on a date of service.
	 * @param date the date of service
	 * @return true when in force that day
	 */
	public boolean isEffectiveOn(LocalDate date) {
		return !date.isBefore(this.effectiveFrom)
				&& (this.effectiveTo.isEmpty() || !date.isAfter(this.effectiveTo.get()));
	}

	/**
	 * Whether no modifier can bypass the edit (indicator 0).
	 * @return true for indicator 0
	 */
	public boolean neverWithModifier() {
		return this.modifierIndicator.isPresent() && this.modifierIndicator.getAsInt() == 0;
	}

}
