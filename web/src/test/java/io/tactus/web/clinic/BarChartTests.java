package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void sortsBarsFromTheLargestValueDown() {
		BarChart chart = BarChart.of(List.of("Acme", "Medicare", "Blue"),
				List.of(new BigDecimal("120.00"), new BigDecimal("980.50"), new BigDecimal("300")), 20,
				ChartFormat.MONEY);

		assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("Medicare", "Blue", "Acme");
		assertThat(chart.bars().get(0).width()).isEqualTo(BarChart.BAR_AREA);
		assertThat(chart.bars()).extracting(BarChart.Bar::y).isSorted();
	}

	@Test
	void keepsTheLargestBarsWhenLimited() {
		BarChart chart = BarChart.of(List.of("a", "b", "c"), List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TWO), 2,
				ChartFormat.COUNT);

		assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("b", "c");
	}

	@Test
	void writesMoneyWithDollarsAndThousandsSeparators() {
		BarChart chart = BarChart.of(List.of("Medicare"), List.of(new BigDecimal("12345.6")), 20, ChartFormat.MONEY);

		assertThat(chart.bars().get(0).value()).isEqualTo("$12,345.60");
	}

	@Test
	void writesCountsWithThousandsSeparators() {
		BarChart chart = BarChart.of(List.of("97110"), List.of(BigDecimal.valueOf(1234567)), 20, ChartFormat.COUNT);

		assertThat(chart.bars().get(0).value()).isEqualTo("1,234,567");
	}

	@Test
	void wrapsLongLabelsOntoASecondLineInsteadOfCuttingThem() {
		String label = "Blue Cross Blue Shield of Texas";
		BarChart chart = BarChart.of(List.of(label), List.of(BigDecimal.ONE), 20, ChartFormat.COUNT);

		BarChart.Bar bar = chart.bars().get(0);
		assertThat(bar.lines()).containsExactly("Blue Cross Blue", "Shield of Texas");
		assertThat(bar.lines().get(0).length()).isLessThanOrEqualTo(BarChart.LINE_CHARS);
		assertThat(String.join(" ", bar.lines())).isEqualTo(label);
		assertThat(bar.rowHeight()).isGreaterThanOrEqualTo(2 * BarChart.LINE_HEIGHT);
		assertThat(chart.height()).isEqualTo(bar.rowHeight());
	}

	@Test
	void shortensOnlyLabelsLongerThanTwoLines() {
		List<String> lines = BarChart.wrap("A payer whose name is far too long to fit on two lines of the chart");

		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).endsWith("…").hasSizeLessThanOrEqualTo(BarChart.LINE_CHARS);
	}

	@Test
	void drawsTextAtLeastTwelveUnitsHighAndFitsValuesInTheViewBox() {
		BarChart chart = BarChart.of(List.of("Medicare"), List.of(new BigDecimal("1234567.89")), 20, ChartFormat.MONEY);

		assertThat(chart.font()).isGreaterThanOrEqualTo(12);
		BarChart.Bar bar = chart.bars().get(0);
		assertThat(bar.valueX() + bar.value().length() * chart.font() * 0.6).isLessThanOrEqualTo(chart.width());
	}

	@Test
	void drawsNoBarsForNoValues() {
		BarChart chart = BarChart.of(List.of(), List.of(), 20, ChartFormat.COUNT);

		assertThat(chart.bars()).isEmpty();
		assertThat(chart.height()).isPositive();
	}

}
