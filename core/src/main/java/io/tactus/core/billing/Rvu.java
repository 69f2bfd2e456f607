package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The non-facility relative value units of a code for one fee-schedule year.
 *
 * <p>
 * Any part may be unknown (empty); an unknown part is never zero.
 *
 * @param year the fee-schedule year
 * @param code the code
 * @param work the work RVU
 * @param practiceExpense the non-facility practice-expense RVU
 * @param malpractice the malpractice RVU
 * @param total the total RVU, when published (or the sum of the three parts)
 * @param source where the figures come from
 */
public record Rvu(int year, String code, Optional<BigDecimal> work, Optional<BigDecimal> practiceExpense,
		Optional<BigDecimal> malpractice, Optional<BigDecimal> total, String source) {

	public Rvu {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(work, "work");
		Objects.requireNonNull(practiceExpense, "practiceExpense");
		Objects.requireNonNull(malpractice, "malpractice");
		Objects.requireNonNull(total, "total");
		Objects.requireNonNull(source, "source");
		for (Optional<BigDecimal> part : java.util.List.of(work, practiceExpense, malpractice, total)) {
			if (part.isPresent() && part.get().signum() < 0) {
				throw new IllegalArgumentException("RVU of " + code + " cannot be negative: " + part.get());
			}
		}
		if (total.isEmpty() && work.isPresent() && practiceExpense.isPresent() && malpractice.isPresent()) {
			total = Optional.of(work.get().add(practiceExpense.get()).add(malpractice.get()));
		}
	}

	/**
	 * Whether work, practice expense and malpractice are all known.
	 * @return true when the payment can be computed for any locality and with MPPR
	 */
	public boolean hasParts() {
		return this.work.isPresent() && this.practiceExpense.isPresent() && this.malpractice.isPresent();
	}

}
