package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The geographic practice cost indices of a Medicare payment locality.
 *
 * @param locality the locality's name or number
 * @param work the work GPCI
 * @param practiceExpense the practice-expense GPCI
 * @param malpractice the malpractice GPCI
 */
public record Gpci(String locality, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice) {

	private static final Gpci NATIONAL = new Gpci("national", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

	public Gpci {
		Objects.requireNonNull(locality, "locality");
		positive("work", work);
		positive("practiceExpense", practiceExpense);
		positive("malpractice", malpractice);
	}

	private static void positive(String name, BigDecimal value) {
		Objects.requireNonNull(value, name);
		if (value.signum() <= 0) {
			throw new IllegalArgumentException("GPCI " + name + " must be positive, not " + value.toPlainString());
		}
	}

	/**
	 * The national indices (all 1.0), used when no locality is given.
	 * @return the national GPCI
	 */
	public static Gpci national() {
		return NATIONAL;
	}

	/**
	 * Indices of a locality.
	 * @param locality the locality
	 * @param work the work GPCI, e.g. {@code "1.000"}
	 * @param practiceExpense the practice-expense GPCI
	 * @param malpractice the malpractice GPCI
	 * @return the GPCI
	 */
	public static Gpci of(String locality, String work, String practiceExpense, String malpractice) {
		return new Gpci(locality, new BigDecimal(work), new BigDecimal(practiceExpense), new BigDecimal(malpractice));
	}

	/**
	 * Whether all three indices are 1.
	 * @return true for national indices
	 */
	public boolean isNational() {
		return this.work.compareTo(BigDecimal.ONE) == 0 && this.practiceExpense.compareTo(BigDecimal.ONE) == 0
				&& this.malpractice.compareTo(BigDecimal.ONE) == 0;
	}

}
