package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A horizontal bar chart drawn as server-side SVG by the template, largest bar first; the
 * page shows the same figures as a table. Text is {@value #FONT} units high in a viewBox
 * {@value #WIDTH} wide that the page scales to its width, and labels wrap onto a second
 * line instead of being cut short.
 *
 * @param bars the bars, top to bottom
 * @param height the SVG's height
 */
record BarChart(List<Bar> bars, int height) {

	static final int WIDTH = 480;

	/** The font size of labels and values. */
	static final int FONT = 16;

	static final int LABEL = 170;

	static final int BAR_AREA = 170;

	/** Characters of a label line that fit in {@link #LABEL}. */
	static final int LINE_CHARS = 19;

	static final int LINE_HEIGHT = 19;

	static final int BAR_HEIGHT = 20;

	static final int ROW = 32;

	/**
	 * One bar.
	 *
	 * @param label the whole label
	 * @param lines the label as drawn, one or two lines
	 * @param value the value as shown
	 * @param y the row's top
	 * @param rowHeight the row's height
	 * @param width the bar's width
	 */
	record Bar(String label, List<String> lines, String value, int y, int rowHeight, int width) {

		public int textY() {
			return this.y + (this.rowHeight - (this.lines.size() - 1) * LINE_HEIGHT) / 2 + 5;
		}

		public int barY() {
			return this.y + (this.rowHeight - BAR_HEIGHT) / 2;
		}

		public int valueY() {
			return this.y + this.rowHeight / 2 + 5;
		}

		public int valueX() {
			return LABEL + this.width + 6;
		}

	}

	/**
	 * The chart of the largest values, sorted from the largest down (ties keep their
	 * order).
	 * @param labels the labels
	 * @param values the values, one per label
	 * @param limit the most bars drawn
	 * @param format how values are written
	 * @return the chart
	 */
	static BarChart of(List<String> labels, List<BigDecimal> values, int limit, ChartFormat format) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing(values::get, Comparator.reverseOrder()));
		List<Integer> shown = order.subList(0, Math.min(limit, order.size()));
		BigDecimal max = BigDecimal.ZERO;
		for (int i : shown) {
			max = max.max(values.get(i));
		}
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (int i : shown) {
			BigDecimal value = values.get(i);
			int width = (max.signum() == 0) ? 0
					: value.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			List<String> lines = wrap(labels.get(i));
			int rowHeight = Math.max(ROW, lines.size() * LINE_HEIGHT + 10);
			bars.add(new Bar(labels.get(i), lines, format.text(value), y, rowHeight, Math.max(0, width)));
			y += rowHeight;
		}
		return new BarChart(bars, Math.max(ROW, y));
	}

	/**
	 * A label on one line, or broken between words onto two; only a label longer than two
	 * lines is shortened, with an ellipsis.
	 */
	static List<String> wrap(String label) {
		String text = label.strip();
		if (text.length() <= LINE_CHARS) {
			return List.of(text);
		}
		int cut = text.lastIndexOf(' ', LINE_CHARS);
		if (cut <= 0) {
			cut = LINE_CHARS;
		}
		String first = text.substring(0, cut).strip();
		String rest = text.substring(cut).strip();
		if (rest.length() > LINE_CHARS) {
			rest = rest.substring(0, LINE_CHARS - 1).strip() + "…";
		}
		return List.of(first, rest);
	}

	public int width() {
		return WIDTH;
	}

	public int labelWidth() {
		return LABEL;
	}

	public int font() {
		return FONT;
	}

	public int lineHeight() {
		return LINE_HEIGHT;
	}

}
