package io.tactus.reports.oews;

import io.tactus.reports.oews.Finding.Severity;

/**
 * The kinds of problems the OEWS validator reports, each with its severity.
 */
public enum FindingKind {

	/** A required column is missing (named in the finding). */
	MISSING_COLUMN(Severity.ERROR),

	/** Two headers name the same column; the first one is read. */
	DUPLICATE_COLUMN(Severity.WARNING),

	/** The data sheet has a header but no data rows. */
	NO_DATA_ROWS(Severity.ERROR),

	/** OCC_CODE is not a SOC code {@code ##-####}. */
	MALFORMED_OCCUPATION_CODE(Severity.ERROR),

	/** AREA is not a valid area code, or does not fit AREA_TYPE. */
	MALFORMED_AREA_CODE(Severity.ERROR),

	/** AREA_TYPE is not one of 1, 2, 3, 4, 6. */
	MALFORMED_AREA_TYPE(Severity.ERROR),

	/** PRIM_STATE is not a U.S. state, DC or territory postal code (or {@code US}). */
	UNKNOWN_STATE(Severity.ERROR),

	/** A numeric column holds text that is neither a number nor a BLS marker. */
	UNPARSEABLE_NUMBER(Severity.ERROR),

	/** A number is negative. */
	NEGATIVE_NUMBER(Severity.ERROR),

	/** ANNUAL or HOURLY holds something other than TRUE, FALSE or blank. */
	MALFORMED_FLAG(Severity.WARNING),

	/** Percentiles are not in order (P10 ≤ P25 ≤ median ≤ P75 ≤ P90). */
	PERCENTILES_OUT_OF_ORDER(Severity.ERROR),

	/** An hourly wage × 2,080 differs from the annual wage by more than 2%. */
	HOURLY_ANNUAL_MISMATCH(Severity.WARNING),

	/**
	 * Two rows have the same (area, occupation, industry, ownership) but different
	 * figures.
	 */
	DUPLICATE_KEY(Severity.ERROR),

	/** A row repeats an earlier row exactly; the repeat is left out. */
	REPEATED_ROW(Severity.WARNING),

	/**
	 * A row has neither AREA nor OCC_CODE and at most two filled cells (a note under the
	 * table); it is left out.
	 */
	ROW_WITHOUT_KEY(Severity.WARNING);

	private final Severity severity;

	FindingKind(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

}
