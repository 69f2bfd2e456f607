package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;

/**
 * The share of a state's employees earning at least a wage, drawn from the published
 * percentiles so that it agrees with them: at every published percentile P<sub>p</sub>
 * the share earning at least P<sub>p</sub> is exactly {@code 100 − p}. Between two
 * neighbouring published percentiles {@code ln(wage)} is linear in {@code p}. Below the
 * lowest and above the highest published percentile the {@link WageModel} (a fitted
 * log-normal curve) gives the shape of the tail, scaled so that it joins the published
 * point: above P<sub>b</sub> the share is {@code (100 − b) × S(x) / S(P_b)}, below
 * P<sub>a</sub> it is {@code 100 − a × F(x) / F(P_a)} (S and F the curve's survival and
 * distribution functions), so the answer never contradicts a published point and falls as
 * the wage rises.
 *
 * <p>
 * Missing ({@code *}, blank) and top-coded ({@code #}) percentiles are not points: the
 * neighbours on either side are joined instead, and past the highest known percentile the
 * curve answers (labelled a model estimate). A top-coded percentile is listed in
 * {@code topCoded}, because the tail beyond it is then known only to lie at or above
 * BLS's threshold. Tied neighbouring percentiles (a thin sample) answer with the lowest
 * of their levels: all the employees at that wage earn "at least" it.
 *
 * @param points the published percentiles used, by level, wages rising
 * @param model the fitted curve for the tails, empty when fewer than three percentiles
 * are known
 * @param topCoded the percentiles BLS top-coded
 * @param missing the percentiles not published (or out of order, and so not usable)
 */
public record WageDistribution(List<Point> points, Optional<WageModel> model, List<Measure> topCoded,
		List<Measure> missing) {

	/** Hours of a full-time OEWS year: annual wages are hourly wages × 2,080. */
	public static final double HOURS_A_YEAR = 2080;

	/**
	 * How close (relative) a wage must be to a published percentile to count as it, so
	 * that an hourly figure × 2,080 lands on the annual one despite binary rounding.
	 */
	private static final double SAME_WAGE = 1e-12;

	/** The fewest published percentiles a distribution is drawn from. */
	public static final int MIN_POINTS = 2;

	private static final List<Measure> PERCENTILES = List.of(Measure.ANNUAL_P10, Measure.ANNUAL_P25,
			Measure.ANNUAL_MEDIAN, Measure.ANNUAL_P75, Measure.ANNUAL_P90);

	public WageDistribution {
		points = List.copyOf(points);
		Objects.requireNonNull(model, "model");
		topCoded = List.copyOf(topCoded);
		missing = List.copyOf(missing);
		if (points.size() < MIN_POINTS) {
			throw new IllegalArgumentException("A distribution needs two published percentiles, not " + points.size());
		}
		for (int i = 1; i < points.size(); i++) {
			if (points.get(i).percentile() <= points.get(i - 1).percentile()
					|| points.get(i).wage() < points.get(i - 1).wage()) {
				throw new IllegalArgumentException("Percentiles must rise in level and not fall in wage: " + points);
			}
		}
	}

	/**
	 * The distribution drawn from a row's annual percentiles.
	 * @param annual the five published annual percentiles
	 * @param model the curve fitted to them
	 * @return the distribution, empty with fewer than two usable percentiles
	 */
	public static Optional<WageDistribution> of(Percentiles annual, Optional<WageModel> model) {
		List<Figure> figures = annual.asList();
		List<Point> points = new ArrayList<>();
		List<Measure> topCoded = new ArrayList<>();
		List<Measure> missing = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			double level = 100 * Percentiles.LEVELS.get(i);
			if (figure.state() == FigureState.TOP_CODED) {
				topCoded.add(PERCENTILES.get(i));
			}
			else if (!figure.isKnown() || !(figure.value().getAsDouble() > 0)
					|| (!points.isEmpty() && figure.value().getAsDouble() < points.get(points.size() - 1).wage())) {
				missing.add(PERCENTILES.get(i));
			}
			else {
				points.add(new Point(level, figure.value().getAsDouble()));
			}
		}
		if (points.size() < MIN_POINTS) {
			return Optional.empty();
		}
		return Optional.of(new WageDistribution(points, model, topCoded, missing));
	}

	/**
	 * The share of employees earning at least a wage.
	 * @param annualWage the wage, in dollars a year, positive
	 * @return the share and how it was found; empty outside the published range when
	 * there is no curve for the tails
	 */
	public Optional<Share> shareEarningAtLeast(double annualWage) {
		if (!(annualWage > 0) || !Double.isFinite(annualWage)) {
			throw new IllegalArgumentException("A wage must be a positive number, not " + annualWage);
		}
		Point lowest = this.points.get(0);
		Point highest = this.points.get(this.points.size() - 1);
		if (annualWage < lowest.wage() * (1 - SAME_WAGE)) {
			return this.model.map((m) -> {
				double below = 1 - m.shareEarningAtLeast(lowest.wage());
				double ratio = (below > 0) ? (1 - m.shareEarningAtLeast(annualWage)) / below : 0;
				return new Share(clamp(100 - lowest.percentile() * ratio), Method.MODEL_BELOW);
			});
		}
		if (annualWage > highest.wage() * (1 + SAME_WAGE)) {
			return this.model.map((m) -> {
				double above = m.shareEarningAtLeast(highest.wage());
				double ratio = (above > 0) ? m.shareEarningAtLeast(annualWage) / above : 0;
				return new Share(clamp((100 - highest.percentile()) * ratio), Method.MODEL_ABOVE);
			});
		}
		for (Point point : this.points) {
			if (Math.abs(annualWage - point.wage()) <= SAME_WAGE * point.wage()) {
				return Optional.of(new Share(100 - point.percentile(), Method.PUBLISHED));
			}
		}
		for (int i = 0; i + 1 < this.points.size(); i++) {
			Point point = this.points.get(i);
			Point next = this.points.get(i + 1);
			if (annualWage > point.wage() && annualWage < next.wage()) {
				double fraction = Math.log(annualWage / point.wage()) / Math.log(next.wage() / point.wage());
				double level = point.percentile() + fraction * (next.percentile() - point.percentile());
				return Optional.of(new Share(clamp(100 - level), Method.INTERPOLATED));
			}
		}
		throw new IllegalStateException("Unreachable: " + annualWage + " within " + this.points);
	}

	/**
	 * The share of employees earning at least an hourly wage: the annual share of
	 * {@code hourlyWage × 2,080}, as OEWS derives annual wages.
	 * @param hourlyWage the wage, in dollars an hour, positive
	 * @return the share, as {@link #shareEarningAtLeast(double)}
	 */
	public Optional<Share> shareEarningAtLeastHourly(double hourlyWage) {
		return shareEarningAtLeast(hourlyWage * HOURS_A_YEAR);
	}

	private static double clamp(double percent) {
		return Math.max(0, Math.min(100, percent));
	}

	/**
	 * The lowest published wage the distribution is drawn from.
	 * @return the wage, in dollars a year
	 */
	public double lowestPublished() {
		return this.points.get(0).wage();
	}

	/**
	 * The highest published wage the distribution is drawn from.
	 * @return the wage, in dollars a year
	 */
	public double highestPublished() {
		return this.points.get(this.points.size() - 1).wage();
	}

	/**
	 * One published percentile.
	 *
	 * @param percentile the level, 10 to 90
	 * @param wage the wage, in dollars a year, positive
	 */
	public record Point(double percentile, double wage) {

		public Point {
			if (!(percentile > 0 && percentile < 100)) {
				throw new IllegalArgumentException("A percentile lies between 0 and 100, not " + percentile);
			}
			if (!(wage > 0) || !Double.isFinite(wage)) {
				throw new IllegalArgumentException("A wage must be positive, not " + wage);
			}
		}

	}

	/**
	 * How a share was found.
	 */
	public enum Method {

		/** The wage is a published percentile: the share is read off it. */
		PUBLISHED,

		/** Between two published percentiles, log-linear in the wage. */
		INTERPOLATED,

		/** Below the lowest published percentile: the fitted curve's tail. */
		MODEL_BELOW,

		/** Above the highest published percentile: the fitted curve's tail. */
		MODEL_ABOVE;

		/**
		 * Whether the answer comes from the fitted curve rather than the published
		 * points.
		 * @return {@code true} for the tails
		 */
		public boolean isModel() {
			return this == MODEL_BELOW || this == MODEL_ABOVE;
		}

	}

	/**
	 * A share earning at least a wage.
	 *
	 * @param percent the share, 0 to 100
	 * @param method how it was found
	 */
	public record Share(double percent, Method method) {

		public Share {
			Objects.requireNonNull(method, "method");
			if (!(percent >= 0 && percent <= 100)) {
				throw new IllegalArgumentException("A share lies between 0 and 100, not " + percent);
			}
		}

		/**
		 * The wage's percentile: the share earning less, {@code 100 − percent}.
		 * @return the percentile, 0 to 100
		 */
		public double percentile() {
			return 100 - this.percent;
		}

	}

}
