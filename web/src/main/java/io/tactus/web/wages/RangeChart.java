package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The percentile range chart, laid out for an SVG: per row a P10–P90 line, a P25–P75 box
 * and a median mark on a common dollar axis, highest median first. Missing percentiles
 * leave their part out. The page scales the SVG to its width, so a chart is laid out for
 * a width: {@link #of} for a wide page (labels left of the bars, a viewBox
 * {@value #WIDTH} wide, text {@value #FONT} units high) and {@link #phone} for a phone's
 * about 366 px (labels above the bars, a viewBox {@value #PHONE_WIDTH} wide, text
 * {@value #PHONE_FONT} units high, fewer ticks), so that text renders at 12 px or more on
 * both.
 *
 * @param bars one per row, top to bottom
 * @param ticks the axis ticks
 * @param width the SVG width
 * @param height the SVG height
 * @param plotLeft where the axis starts
 * @param plotRight where it ends
 * @param axisY where the axis line is
 * @param font the font size of labels and ticks
 */
record RangeChart(List<Bar> bars, List<Tick> ticks, int width, int height, int plotLeft, int plotRight, int axisY,
		int font) {

	static final int WIDTH = 640;

	static final int FONT = 13;

	static final int LABEL_WIDTH = 150;

	static final int ROW_HEIGHT = 36;

	static final int MARGIN = 20;

	static final int RIGHT_MARGIN = 40;

	static final int PHONE_WIDTH = 360;

	static final int PHONE_FONT = 14;

	/** On a phone a row holds its label above its bar. */
	static final int PHONE_ROW_HEIGHT = 46;

	/** On a phone, room left of the axis for half the first tick and the P10 mark. */
	static final int PHONE_LEFT = 14;

	/** On a phone, room right of the axis for half the last tick, such as $150,000. */
	static final int PHONE_RIGHT_MARGIN = 36;

	/** On a phone the axis has at most this many steps, so its ticks never overlap. */
	static final int PHONE_STEPS = 3;

	RangeChart {
		bars = List.copyOf(bars);
		ticks = List.copyOf(ticks);
	}

	/**
	 * Lays out a chart for a wide page: states from the highest median down (states
	 * without one last), the nation below them as the reference, each label left of its
	 * bar.
	 * @param given the rows, each with its label and five annual percentiles
	 * @return the chart
	 */
	static RangeChart of(List<Row> given) {
		List<Row> rows = sorted(given);
		double max = max(rows);
		double step = step(max);
		double top = (max > 0) ? Math.ceil(max / step) * step : step;
		int left = LABEL_WIDTH;
		int right = WIDTH - RIGHT_MARGIN;
		List<Bar> bars = new ArrayList<>();
		int y = MARGIN / 2;
		for (Row row : rows) {
			int middle = y + ROW_HEIGHT / 2;
			bars.add(bar(row, y, middle, middle + 5, top, left, right));
			y += ROW_HEIGHT;
		}
		int axisY = y + 4;
		return new RangeChart(bars, ticks(step, top, left, right), WIDTH, axisY + 30, left, right, axisY, FONT);
	}

	/**
	 * Lays out the same chart for a phone: the same order, each label above its bar so
	 * the bars have the whole width, and an axis of at most {@value #PHONE_STEPS} steps.
	 * @param given the rows, each with its label and five annual percentiles
	 * @return the chart
	 */
	static RangeChart phone(List<Row> given) {
		List<Row> rows = sorted(given);
		double max = max(rows);
		double step = step(max);
		while (max > 0 && Math.ceil(max / step) > PHONE_STEPS) {
			step *= 2;
		}
		double top = (max > 0) ? Math.ceil(max / step) * step : step;
		int left = PHONE_LEFT;
		int right = PHONE_WIDTH - PHONE_RIGHT_MARGIN;
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (Row row : rows) {
			int labelY = y + PHONE_FONT;
			bars.add(bar(row, y, labelY + 17, labelY, top, left, right));
			y += PHONE_ROW_HEIGHT;
		}
		int axisY = y + 4;
		return new RangeChart(bars, ticks(step, top, left, right), PHONE_WIDTH, axisY + PHONE_FONT + 16, left, right,
				axisY, PHONE_FONT);
	}

	private static List<Row> sorted(List<Row> given) {
		List<Row> rows = new ArrayList<>(given);
		rows.sort(Comparator.comparing(Row::national)
			.thenComparing((Row row) -> row.median().isEmpty())
			.thenComparing((Row row) -> -row.median().orElse(0)));
		return rows;
	}

	private static double max(List<Row> rows) {
		double max = 0;
		for (Row row : rows) {
			for (OptionalDouble p : row.percentiles()) {
				if (p.isPresent()) {
					max = Math.max(max, p.getAsDouble());
				}
			}
		}
		return max;
	}

	private static Bar bar(Row row, int y, int middle, int labelY, double top, int left, int right) {
		return new Bar(row.label(), row.national(), y, middle, labelY, x(row.p10(), top, left, right),
				x(row.p25(), top, left, right), x(row.median(), top, left, right), x(row.p75(), top, left, right),
				x(row.p90(), top, left, right));
	}

	private static List<Tick> ticks(double step, double top, int left, int right) {
		List<Tick> ticks = new ArrayList<>();
		for (double value = 0; value <= top + 1; value += step) {
			ticks.add(new Tick(left + (int) Math.round((right - left) * value / top),
					WageFormat.format(Kind.WAGE, Unit.ANNUAL, value)));
		}
		return ticks;
	}

	private static double step(double max) {
		if (max <= 50_000) {
			return 10_000;
		}
		if (max <= 125_000) {
			return 25_000;
		}
		return 50_000;
	}

	private static OptionalDouble x(OptionalDouble value, double top, int left, int right) {
		if (value.isEmpty()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Math.round(left + (right - left) * value.getAsDouble() / top));
	}

	/**
	 * What one row of the chart shows.
	 *
	 * @param label the state or the nation
	 * @param national whether this is the national row
	 * @param p10 annual P10
	 * @param p25 annual P25
	 * @param median annual median
	 * @param p75 annual P75
	 * @param p90 annual P90
	 */
	record Row(String label, boolean national, OptionalDouble p10, OptionalDouble p25, OptionalDouble median,
			OptionalDouble p75, OptionalDouble p90) {

		public List<OptionalDouble> percentiles() {
			return List.of(this.p10, this.p25, this.median, this.p75, this.p90);
		}

	}

	/**
	 * One laid-out row; an empty coordinate means the percentile is missing.
	 *
	 * @param label the label
	 * @param national whether this is the nation
	 * @param top the top of the row
	 * @param middle the vertical middle of the bar
	 * @param labelY the baseline of the label
	 * @param p10 x of P10
	 * @param p25 x of P25
	 * @param median x of the median
	 * @param p75 x of P75
	 * @param p90 x of P90
	 */
	record Bar(String label, boolean national, int top, int middle, int labelY, OptionalDouble p10, OptionalDouble p25,
			OptionalDouble median, OptionalDouble p75, OptionalDouble p90) {

		public boolean hasWhisker() {
			return this.p10.isPresent() && this.p90.isPresent();
		}

		public boolean hasBox() {
			return this.p25.isPresent() && this.p75.isPresent();
		}

		public int whiskerFrom() {
			return (int) this.p10.orElse(0);
		}

		public int whiskerTo() {
			return (int) this.p90.orElse(0);
		}

		public int boxX() {
			return (int) this.p25.orElse(0);
		}

		public int boxWidth() {
			return (int) Math.max(1, this.p75.orElse(0) - this.p25.orElse(0));
		}

		public int boxY() {
			return this.middle - 8;
		}

		public int medianX() {
			return (int) this.median.orElse(0);
		}

		public boolean isEmpty() {
			return this.p10.isEmpty() && this.p25.isEmpty() && this.median.isEmpty() && this.p75.isEmpty()
					&& this.p90.isEmpty();
		}

	}

	/**
	 * A tick of the dollar axis.
	 *
	 * @param x where
	 * @param label the amount
	 */
	record Tick(int x, String label) {
	}

}
