package io.tactus.reports.reference;

import java.util.Objects;

import io.tactus.reports.oews.UsState;

/**
 * BEA's regional price parity (all items) of a state for one year: the state's price
 * level as a percentage of the U.S. level (U.S. = 100).
 *
 * @param state the state
 * @param year the year the prices are of
 * @param rpp the parity, positive
 * @param sourceUrl where the figure was copied from
 */
public record PriceParity(UsState state, int year, double rpp, String sourceUrl) {

	public PriceParity {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(sourceUrl, "sourceUrl");
		if (!Double.isFinite(rpp) || rpp <= 0) {
			throw new IllegalArgumentException("A price parity must be positive, not " + rpp);
		}
	}

	/**
	 * A wage in the prices of an average U.S. place: {@code wage / (rpp / 100)}.
	 * @param wage a nominal wage in this state
	 * @return the wage adjusted for the cost of living
	 */
	public double adjust(double wage) {
		return wage / (this.rpp / 100);
	}

}
