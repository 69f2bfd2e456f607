package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as server-side SVG by the template; the page shows the
 * same figures as a table.
 *
 * @param bars the bars, top to bottom
 * @param height the SVG's height
 */
record BarChart(List<Bar> bars, int height) {

	static final int WIDTH = 640;

	static final int LABEL = 150;

	static final int BAR_AREA = 380;

	static final int ROW = 26;

	/**
	 * One bar.
	 *
	 * @param label the label
	 * @param value the value as shown
	 * @param y the row's top
	 * @param width the bar's width
	 */
	record Bar(String label, String value, int y, int width) {

		public int textY() {
			return this.y + 17;
		}

		public int valueX() {
			return LABEL + this.width + 6;
		}

	}

	static BarChart of(List<String> labels, List<BigDecimal> values, int limit) {
		int count = Math.min(limit, labels.size());
		BigDecimal max = BigDecimal.ZERO;
		for (int i = 0; i < count; i++) {
			max = max.max(values.get(i));
		}
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int width = (max.signum() == 0) ? 0
					: values.get(i)
						.multiply(BigDecimal.valueOf(BAR_AREA))
						.divide(max, 0, RoundingMode.HALF_UP)
						.intValue();
			String label = labels.get(i);
			bars.add(new Bar((label.length() > 22) ? label.substring(0, 21) + "…" : label,
					values.get(i).toPlainString(), i * ROW, Math.max(0, width)));
		}
		return new BarChart(bars, Math.max(ROW, count * ROW));
	}

	public int width() {
		return WIDTH;
	}

	public int labelWidth() {
		return LABEL;
	}

}
