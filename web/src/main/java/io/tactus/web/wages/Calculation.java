package io.tactus.web.wages;

import java.util.OptionalDouble;

import io.tactus.reports.statistics.StateStatistics;
import io.tactus.reports.statistics.WageModel;

/**
 * The answer of the "earn at least $X" calculator: from the log-normal model, never a
 * published figure.
 *
 * @param amount the annual wage asked about
 * @param shareAtLeast the modelled share earning at least that, in percent
 * @param percentile the modelled percentile of that wage
 * @param model the model
 * @param extrapolated whether the wage lies outside the published P10–P90 range
 */
record Calculation(double amount, double shareAtLeast, double percentile, WageModel model, boolean extrapolated) {

	static Calculation of(double amount, WageModel model, StateStatistics state) {
		boolean below = below(amount, state.annualP10());
		boolean above = above(amount, state.annualP90());
		return new Calculation(amount, 100 * model.shareEarningAtLeast(amount), model.percentileOf(amount), model,
				below || above || state.annualP10().isEmpty() || state.annualP90().isEmpty());
	}

	private static boolean below(double amount, OptionalDouble p10) {
		return p10.isPresent() && amount < p10.getAsDouble();
	}

	private static boolean above(double amount, OptionalDouble p90) {
		return p90.isPresent() && amount > p90.getAsDouble();
	}

	public double rSquared() {
		return this.model.rSquared();
	}

	public boolean isGoodFit() {
		return this.model.isGoodFit();
	}

}
