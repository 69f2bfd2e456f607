package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;

/**
 * The payment a visit should bring under its payer's rule.
 *
 * <p>
 * Rounding: each line is computed unrounded and rounded half-up to cents once; the visit
 * total is the sum of the rounded lines. Medicare amounts are the allowed amount, before
 * the deductible and the 20% coinsurance.
 *
 * @param basis what the amounts come from
 * @param lines one per code with units, in entry order
 * @param knownTotal the sum of the lines that have a rate
 * @param complete whether every line has a rate
 * @param notes how the amounts were computed
 * @param gaps the codes billed with other units than the rule gives, each valued once
 * (the visit page, the summary and the exports all show this figure)
 */
public record ExpectedPayment(PaymentBasis basis, List<LinePayment> lines, Money knownTotal, boolean complete,
		List<PaymentNote> notes, List<BillingGap> gaps) {

	public ExpectedPayment {
		Objects.requireNonNull(basis, "basis");
		lines = List.copyOf(lines);
		Objects.requireNonNull(knownTotal, "knownTotal");
		notes = List.copyOf(notes);
		gaps = List.copyOf(gaps);
	}

	ExpectedPayment(PaymentBasis basis, List<LinePayment> lines, Money knownTotal, boolean complete,
			List<PaymentNote> notes) {
		this(basis, lines, knownTotal, complete, notes, List.of());
	}

	ExpectedPayment withGaps(List<BillingGap> gaps) {
		return new ExpectedPayment(this.basis, this.lines, this.knownTotal, this.complete, this.notes, gaps);
	}

	/**
	 * The visit total, when every line has a rate.
	 * @return the total, or empty when some line has no rate
	 */
	public Optional<Money> total() {
		return this.complete ? Optional.of(this.knownTotal) : Optional.empty();
	}

	/**
	 * The payment of one code.
	 * @param code the code
	 * @return its line, or empty when the visit does not have it
	 */
	public Optional<LinePayment> line(String code) {
		for (LinePayment line : this.lines) {
			if (line.code().equals(code)) {
				return Optional.of(line);
			}
		}
		return Optional.empty();
	}

	/**
	 * The gap of one code.
	 * @param code the code
	 * @return its gap, or empty when its billed units agree with the rule (or are
	 * unknown)
	 */
	public Optional<BillingGap> gap(String code) {
		for (BillingGap gap : this.gaps) {
			if (gap.code().equals(code)) {
				return Optional.of(gap);
			}
		}
		return Optional.empty();
	}

}
