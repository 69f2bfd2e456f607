package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tactus.core.summary.Period;

/**
 * A time series drawn as columns by the template, the oldest on the left, each with its
 * period under it (the year under the first column and wherever a new year starts). The
 * page scales the SVG to its width, so a chart is laid out for a width: {@link #of} for a
 * wide page (a viewBox {@value #WIDTH} wide, text {@value #FONT} units high) and
 * {@link #phone} for a phone's about 366 px (a viewBox {@value #PHONE_WIDTH} wide, text
 * {@value #PHONE_FONT} units high), so that text renders at 12 px or more on both. When
 * columns are too narrow for every label and value, every n-th is labelled. The page
 * shows the same figures as a table.
 *
 * @param columns the columns, left to right
 * @param baseline the y of the axis
 * @param height the SVG's height
 * @param width the SVG's width
 * @param font the font size of labels and values
 */
record ColumnChart(List<Column> columns, int baseline, int height, int width, int font) {

	static final int WIDTH = 540;

	/** The font size of labels and values on a wide page. */
	static final int FONT = 16;

	static final int PHONE_WIDTH = 360;

	/** The font size of labels and values on a phone. */
	static final int PHONE_FONT = 14;

	/** Room above the tallest column for its value, in font sizes. */
	static final double TOP = 26.0 / FONT;

	static final int PLOT = 150;

	/** The narrowest space a label or a value needs, in font sizes. */
	static final double LABEL_ROOM = 45.0 / FONT;

	/**
	 * One period.
	 *
	 * @param label the period, e.g. {@code Mar}
	 * @param year the year under the period, or empty
	 * @param value the value as shown, or empty when the column is too narrow for it
	 * @param x the column's left
	 * @param width the column's width
	 * @param y the column's top
	 * @param columnHeight the column's height
	 * @param labelled whether the period is written under the column
	 */
	record Column(String label, String year, String value, int x, int width, int y, int columnHeight,
			boolean labelled) {

		public int middle() {
			return this.x + this.width / 2;
		}

	}

	/**
	 * One period's value.
	 *
	 * @param start the period's first day
	 * @param value its value, empty for a period without one (drawn without a column and
	 * written as a dash)
	 */
	record Point(LocalDate start, Optional<BigDecimal> value) {

		Point(LocalDate start, BigDecimal value) {
			this(start, Optional.of(value));
		}

	}

	/**
	 * Every period from the one of {@code from} to the one of {@code to}, with the known
	 * values and the others empty, so that a period without data shows as a gap.
	 * @param known the periods with a value
	 * @param from the first day
	 * @param to the last day
	 * @param period how days are grouped
	 * @return the periods, oldest first
	 */
	static List<Point> every(List<Point> known, LocalDate from, LocalDate to, Period period) {
		Map<LocalDate, Point> byStart = new HashMap<>();
		known.forEach((point) -> byStart.put(point.start(), point));
		List<Point> points = new ArrayList<>();
		for (LocalDate start = period.bucketStart(from); !start.isAfter(to); start = next(start, period)) {
			points.add(byStart.getOrDefault(start, new Point(start, Optional.empty())));
		}
		return points;
	}

	private static LocalDate next(LocalDate start, Period period) {
		return switch (period) {
			case WEEK -> start.plusWeeks(1);
			case QUARTER -> start.plusMonths(3);
			case MONTH, CUSTOM -> start.plusMonths(1);
		};
	}

	/**
	 * The chart of a series for a wide page, drawn oldest first whatever the order given.
	 * @param points the periods
	 * @param period how the periods are grouped, for their labels
	 * @param format how values are written
	 * @return the chart
	 */
	static ColumnChart of(List<Point> points, Period period, ChartFormat format) {
		return laidOut(points, period, format, WIDTH, FONT);
	}

	/**
	 * The chart of a series for a phone: narrower, with smaller text that the phone draws
	 * larger, and as many labels as fit.
	 * @param points the periods
	 * @param period how the periods are grouped, for their labels
	 * @param format how values are written
	 * @return the chart
	 */
	static ColumnChart phone(List<Point> points, Period period, ChartFormat format) {
		return laidOut(points, period, format, PHONE_WIDTH, PHONE_FONT);
	}

	/**
	 * The narrowest space a label or a value needs at a font size.
	 * @param font the font size
	 * @return the space in SVG units
	 */
	static int labelRoom(int font) {
		return (int) Math.ceil(LABEL_ROOM * font);
	}

	/**
	 * About how wide a text is drawn: a letter or digit of the page's sans-serif at most
	 * 0.6 of the font size, a comma, point or space 0.3.
	 * @param text the text
	 * @param font the font size
	 * @return the width in SVG units
	 */
	static int textWidth(String text, int font) {
		double ems = 0;
		for (char c : text.toCharArray()) {
			ems += (c == ',' || c == '.' || c == ' ') ? 0.3 : 0.6;
		}
		return (int) Math.ceil(ems * font);
	}

	private static ColumnChart laidOut(List<Point> points, Period period, ChartFormat format, int width, int font) {
		List<Point> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.comparing(Point::start));
		int count = sorted.size();
		int step = width / Math.max(count, 6);
		int room = labelRoom(font);
		for (Point point : sorted) {
			room = Math.max(room, textWidth(label(point.start(), period), font));
			room = Math.max(room, textWidth(point.value().map(format::text).orElse("–"), font));
		}
		int every = Math.max(1, (room + step - 1) / step);
		BigDecimal max = BigDecimal.ZERO;
		for (Point point : sorted) {
			max = max.max(point.value().orElse(BigDecimal.ZERO));
		}
		int baseline = (int) Math.round(TOP * font) + PLOT;
		List<Column> columns = new ArrayList<>();
		int labelledYear = 0;
		for (int i = 0; i < count; i++) {
			Point point = sorted.get(i);
			BigDecimal value = point.value().orElse(BigDecimal.ZERO);
			int columnHeight = (max.signum() <= 0) ? 0 : Math.max(0,
					value.multiply(BigDecimal.valueOf(PLOT)).divide(max, 0, RoundingMode.HALF_UP).intValue());
			boolean labelled = (count - 1 - i) % every == 0;
			int year = point.start().getYear();
			boolean newYear = labelled && year != labelledYear;
			labelledYear = labelled ? year : labelledYear;
			columns.add(new Column(label(point.start(), period), newYear ? Integer.toString(year) : "",
					labelled ? point.value().map(format::text).orElse("–") : "", i * step + step / 8, step - step / 4,
					baseline - columnHeight, columnHeight, labelled));
		}
		return new ColumnChart(columns, baseline, baseline + 2 * font + 12, width, font);
	}

	static String label(LocalDate start, Period period) {
		String month = start.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
		return switch (period) {
			case WEEK -> month + " " + start.getDayOfMonth();
			case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1);
			case MONTH, CUSTOM -> month;
		};
	}

}
