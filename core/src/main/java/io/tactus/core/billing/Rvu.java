package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import io.tactus.core.codes.MedicareStatus;

/**
 * One code's row of the CMS physician fee schedule RVU file (PPRRVU) for one year: its
 * status, its non-facility relative value units and its multiple-procedure indicator.
 *
 * @param year the fee-schedule year
 * @param code the code
 * @param status the CMS status of the code in that year
 * @param work the work RVU
 * @param practiceExpense the non-facility practice-expense RVU
 * @param malpractice the malpractice RVU
 * @param total the total non-facility RVU; must equal the sum of the three parts
 * @param multipleProcedure the CMS multiple-procedure indicator (5: the therapy multiple
 * procedure payment reduction applies)
 * @param source where the row comes from
 */
public record Rvu(int year, String code, MedicareStatus status, BigDecimal work, BigDecimal practiceExpense,
		BigDecimal malpractice, BigDecimal total, int multipleProcedure, String source) {

	/** The multiple-procedure indicator of the therapy reduction (MPPR). */
	public static final int THERAPY_REDUCTION = 5;

	public Rvu {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(source, "source");
		for (BigDecimal part : List.of(work, practiceExpense, malpractice, total)) {
			Objects.requireNonNull(part, "RVU");
			if (part.signum() < 0) {
				throw new IllegalArgumentException("RVU of " + code + " cannot be negative: " + part.toPlainString());
			}
		}
		BigDecimal sum = work.add(practiceExpense).add(malpractice);
		if (sum.compareTo(total) != 0) {
			throw new IllegalArgumentException("RVUs of " + code + " do not add up: work " + work.toPlainString()
					+ " + PE " + practiceExpense.toPlainString() + " + MP " + malpractice.toPlainString() + " = "
					+ sum.toPlainString() + ", not the total " + total.toPlainString());
		}
		if (multipleProcedure < 0 || multipleProcedure > 9) {
			throw new IllegalArgumentException(
					"Multiple-procedure indicator of " + code + " must be 0 to 9: " + multipleProcedure);
		}
	}

	/**
	 * RVUs of an active code, for tests and hand-made tables.
	 * @param year the year
	 * @param code the code
	 * @param work the work RVU
	 * @param practiceExpense the practice-expense RVU
	 * @param malpractice the malpractice RVU
	 * @param multipleProcedure the multiple-procedure indicator
	 * @param source where the figures come from
	 * @return the RVUs, with the total computed
	 */
	public static Rvu active(int year, String code, String work, String practiceExpense, String malpractice,
			int multipleProcedure, String source) {
		BigDecimal w = new BigDecimal(work);
		BigDecimal pe = new BigDecimal(practiceExpense);
		BigDecimal mp = new BigDecimal(malpractice);
		return new Rvu(year, code, MedicareStatus.ACTIVE, w, pe, mp, w.add(pe).add(mp), multipleProcedure, source);
	}

	/**
	 * Whether the therapy multiple procedure payment reduction applies to the code.
	 * @return true for indicator 5
	 */
	public boolean therapyReduction() {
		return this.multipleProcedure == THERAPY_REDUCTION;
	}

	/**
	 * Whether CMS gives the code any RVUs.
	 * @return false when every RVU is 0 (e.g. a carrier-priced code)
	 */
	public boolean hasRvus() {
		return this.total.signum() > 0;
	}

}
