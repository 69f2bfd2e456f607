package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.Percentiles;

/**
 * A model, not a published figure: a log-normal distribution of annual wages fitted to a
 * state's published percentiles, by regressing {@code ln(wage)} on the standard normal
 * quantiles of 0.10, 0.25, 0.50, 0.75 and 0.90 (intercept = μ, slope = σ).
 *
 * @param mu the mean of {@code ln(wage)}
 * @param sigma the standard deviation of {@code ln(wage)}, positive
 * @param rSquared how well the line fits the published percentiles (1 = exactly)
 * @param percentilesUsed how many published percentiles the fit used (3 to 5)
 * @param percentilesLeftOut the percentiles left out because missing or top-coded
 */
public record WageModel(double mu, double sigma, double rSquared, int percentilesUsed,
		List<Measure> percentilesLeftOut) {

	/** The label the page shows beside every figure from the model. */
	public static final String LABEL = "Model estimate: a log-normal curve fitted to the published percentiles, "
			+ "not a published figure";

	/**
	 * The R² below which the page should call the fit poor: the published percentiles are
	 * then far from a log-normal shape.
	 */
	public static final double GOOD_FIT_R_SQUARED = 0.9;

	/** The fewest known percentiles a fit needs. */
	public static final int MIN_PERCENTILES = 3;

	private static final List<Measure> PERCENTILES = List.of(Measure.ANNUAL_P10, Measure.ANNUAL_P25,
			Measure.ANNUAL_MEDIAN, Measure.ANNUAL_P75, Measure.ANNUAL_P90);

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	public WageModel {
		percentilesLeftOut = List.copyOf(percentilesLeftOut);
		if (!Double.isFinite(mu)) {
			throw new IllegalArgumentException("mu must be finite, not " + mu);
		}
		if (!(sigma > 0) || !Double.isFinite(sigma)) {
			throw new IllegalArgumentException("sigma must be positive, not " + sigma);
		}
		if (percentilesUsed < MIN_PERCENTILES || percentilesUsed > PERCENTILES.size()) {
			throw new IllegalArgumentException("A model uses 3 to 5 percentiles, not " + percentilesUsed);
		}
	}

	/**
	 * Fits the model to published annual percentiles.
	 * @param annual the five annual percentiles; missing and top-coded ones are left out
	 * @return the model, empty with fewer than three known percentiles or when they do
	 * not increase (σ would not be positive)
	 */
	public static Optional<WageModel> fit(Percentiles annual) {
		List<Figure> figures = annual.asList();
		SimpleRegression regression = new SimpleRegression();
		List<Measure> leftOut = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			if (figure.isKnown() && figure.value().getAsDouble() > 0) {
				double z = STANDARD_NORMAL.inverseCumulativeProbability(Percentiles.LEVELS.get(i));
				regression.addData(z, Math.log(figure.value().getAsDouble()));
			}
			else {
				leftOut.add(PERCENTILES.get(i));
			}
		}
		int used = (int) regression.getN();
		if (used < MIN_PERCENTILES) {
			return Optional.empty();
		}
		double sigma = regression.getSlope();
		if (!(sigma > 0) || !Double.isFinite(sigma)) {
			return Optional.empty();
		}
		return Optional.of(new WageModel(regression.getIntercept(), sigma, regression.getRSquare(), used, leftOut));
	}

	/**
	 * The modelled share of workers earning at least a wage: {@code 1 − Φ((ln x − μ) /
	 * σ)}.
	 * @param annualWage the wage, in dollars a year
	 * @return the share, 0 to 1 (1 for a wage of zero or less)
	 */
	public double shareEarningAtLeast(double annualWage) {
		return 1 - cumulative(annualWage);
	}

	/**
	 * The modelled percentile of a wage: {@code 100 × Φ((ln x − μ) / σ)}.
	 * @param annualWage the wage, in dollars a year
	 * @return the percentile, 0 to 100
	 */
	public double percentileOf(double annualWage) {
		return 100 * cumulative(annualWage);
	}

	/**
	 * The modelled wage at a percentile: {@code exp(μ + σ Φ⁻¹(p / 100))}.
	 * @param percentile strictly between 0 and 100
	 * @return the wage, in dollars a year
	 */
	public double wageAtPercentile(double percentile) {
		if (!(percentile > 0 && percentile < 100)) {
			throw new IllegalArgumentException("A percentile must be between 0 and 100, not " + percentile);
		}
		return Math.exp(this.mu + this.sigma * STANDARD_NORMAL.inverseCumulativeProbability(percentile / 100));
	}

	/**
	 * Whether the curve fits the published percentiles well enough to quote without a
	 * warning.
	 * @return {@code true} when {@code rSquared} is at least {@link #GOOD_FIT_R_SQUARED}
	 */
	public boolean isGoodFit() {
		return this.rSquared >= GOOD_FIT_R_SQUARED;
	}

	/**
	 * The modelled median, {@code exp(μ)}.
	 * @return the median, in dollars a year
	 */
	public double median() {
		return Math.exp(this.mu);
	}

	private double cumulative(double annualWage) {
		if (Double.isNaN(annualWage)) {
			throw new IllegalArgumentException("A wage must be a number");
		}
		if (annualWage <= 0) {
			return 0;
		}
		return STANDARD_NORMAL.cumulativeProbability((Math.log(annualWage) - this.mu) / this.sigma);
	}

}
