package io.tactus.core.billing;

import java.util.Objects;

/**
 * One row of a CMS GPCI file: a payment locality and its indices for one year.
 *
 * @param year the fee-schedule year
 * @param id the MAC and locality numbers
 * @param name the locality's name as CMS writes it, e.g. {@code ALASKA}
 * @param state the two-letter state (or territory) code
 * @param gpci the work, practice-expense and malpractice indices
 * @param source where the row comes from
 */
public record MedicareLocality(int year, LocalityId id, String name, String state, Gpci gpci, String source) {

	public MedicareLocality {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(gpci, "gpci");
		Objects.requireNonNull(source, "source");
		if (name.isBlank()) {
			throw new IllegalArgumentException("Locality " + id + " needs a name");
		}
	}

	/**
	 * The locality as shown to users, without CMS's footnote marks ({@code ALASKA*}).
	 * @return e.g. {@code ALASKA, AK (02102-01)}
	 */
	public String label() {
		return this.name.replaceAll("\\*+$", "") + ", " + this.state + " (" + this.id.text() + ")";
	}

}
