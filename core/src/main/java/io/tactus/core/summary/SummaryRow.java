package io.tactus.core.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import io.tactus.core.money.Money;

/**
 * Visits, units and expected revenue of one group (a code, a therapist, a period).
 *
 * @param key what the group is (a code, a name, a date)
 * @param visits the visits
 * @param units the units under each visit's applied rule
 * @param revenue the expected revenue of the lines that have a rate
 * @param unpricedVisits visits with at least one line without a rate
 */
public record SummaryRow(String key, long visits, long units, Money revenue, long unpricedVisits) {

	public SummaryRow {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(revenue, "revenue");
	}

	/**
	 * Units per visit, to two decimals (half-up); zero without visits.
	 * @return the ratio
	 */
	public BigDecimal unitsPerVisit() {
		if (this.visits == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.units).divide(BigDecimal.valueOf(this.visits), 2, RoundingMode.HALF_UP);
	}

}
