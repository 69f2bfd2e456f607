package io.tactus.web.wages;

import java.util.Optional;

import io.tactus.reports.statistics.StateStatistics;
import io.tactus.reports.statistics.WageDistribution;
import io.tactus.reports.statistics.WageDistribution.Share;
import io.tactus.reports.statistics.WageModel;

/**
 * The answer of the "earn at least $X" calculator: read off the published percentiles
 * where the wage lies between them, a model estimate (the fitted curve's tail) beyond
 * them.
 *
 * @param amount the wage asked about, in {@code unit}
 * @param unit a year or an hour
 * @param share the share earning at least that and how it was found
 * @param distribution the state's distribution
 */
record Calculation(double amount, Unit unit, Share share, WageDistribution distribution) {

	/**
	 * The answer for a state.
	 * @param amount the wage, in {@code unit}
	 * @param unit a year or an hour
	 * @param state the state
	 * @return the answer, empty when the state has too few percentiles, or the wage lies
	 * beyond them and there is no curve
	 */
	static Optional<Calculation> of(double amount, Unit unit, StateStatistics state) {
		return state.distribution().flatMap((distribution) -> {
			Optional<Share> share = (unit == Unit.HOURLY) ? distribution.shareEarningAtLeastHourly(amount)
					: distribution.shareEarningAtLeast(amount);
			return share.map((s) -> new Calculation(amount, unit, s, distribution));
		});
	}

	public double shareAtLeast() {
		return this.share.percent();
	}

	public double percentile() {
		return this.share.percentile();
	}

	/**
	 * Whether the answer is a model estimate (beyond the published percentiles).
	 * @return {@code true} for the curve's tails
	 */
	public boolean isModelEstimate() {
		return this.share.method().isModel();
	}

	/**
	 * The message key that says how the answer was found.
	 * @return the key
	 */
	public String methodKey() {
		return "wages.calculator.method." + this.share.method().name();
	}

	/**
	 * The amount as the page writes it, in its unit.
	 * @return the text
	 */
	public String amountText() {
		return WageFormat.format(Kind.WAGE, this.unit, this.amount);
	}

	public Optional<WageModel> curve() {
		return this.distribution.model();
	}

	/**
	 * Whether a percentile above the answer's wage is top-coded, so the tail the curve
	 * draws is one BLS does not publish.
	 * @return {@code true} beyond the highest published percentile with a top-coded one
	 */
	public boolean beyondTopCoded() {
		return this.share.method() == WageDistribution.Method.MODEL_ABOVE && !this.distribution.topCoded().isEmpty();
	}

}
