package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's own fee per unit of each code, for payers other than Medicare Part B.
 */
public final class FeeSchedule {

	private final String label;

	private final Map<String, BigDecimal> fees;

	private FeeSchedule(String label, Map<String, BigDecimal> fees) {
		this.label = Objects.requireNonNull(label, "label");
		Map<String, BigDecimal> copy = new HashMap<>();
		fees.forEach((code, fee) -> {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(fee, "fee");
			if (fee.signum() < 0) {
				throw new IllegalArgumentException("Fee for " + code + " cannot be negative: " + fee.toPlainString());
			}
			copy.put(code.strip().toUpperCase(Locale.ROOT), fee);
		});
		this.fees = Map.copyOf(copy);
	}

	/**
	 * A fee schedule.
	 * @param label what it is for, e.g. {@code "Acme PIP 2026"}
	 * @param fees fee per unit by code
	 * @return the schedule
	 */
	public static FeeSchedule of(String label, Map<String, BigDecimal> fees) {
		return new FeeSchedule(label, fees);
	}

	/**
	 * The fee per unit of a code.
	 * @param code the code
	 * @return the fee, or empty when the schedule has none
	 */
	public Optional<BigDecimal> feeFor(String code) {
		return Optional.ofNullable(this.fees.get(code));
	}

	public String label() {
		return this.label;
	}

	/**
	 * All fees.
	 * @return fee per unit by code
	 */
	public Map<String, BigDecimal> fees() {
		return this.fees;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof FeeSchedule that) && this.label.equals(that.label) && this.fees.equals(that.fees);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.label, this.fees);
	}

	@Override
	public String toString() {
		return "FeeSchedule[" + this.label + ", " + this.fees.size() + " codes]";
	}

}
