package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tactus.core.summary.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnChartTests {

	private static ColumnChart.Point point(String date, long value) {
		return new ColumnChart.Point(LocalDate.parse(date), BigDecimal.valueOf(value));
	}

	@Test
	void drawsTheOldestPeriodOnTheLeft() {
		ColumnChart chart = ColumnChart.of(
				List.of(point("2026-03-01", 5), point("2026-01-01", 9), point("2026-02-01", 1)), Period.MONTH,
				ChartFormat.COUNT);

		assertThat(chart.columns()).extracting(ColumnChart.Column::label).containsExactly("Jan", "Feb", "Mar");
		assertThat(chart.columns()).extracting(ColumnChart.Column::x).isSorted();
		assertThat(chart.columns()).extracting(ColumnChart.Column::value).containsExactly("9", "1", "5");
	}

	@Test
	void scalesColumnsToTheLargestValueOnACommonBaseline() {
		ColumnChart chart = ColumnChart.of(List.of(point("2026-01-01", 10), point("2026-02-01", 5)), Period.MONTH,
				ChartFormat.COUNT);

		assertThat(chart.columns().get(0).columnHeight()).isEqualTo(ColumnChart.PLOT);
		assertThat(chart.columns().get(1).columnHeight()).isEqualTo(ColumnChart.PLOT / 2);
		assertThat(chart.columns())
			.allSatisfy((column) -> assertThat(column.y() + column.columnHeight()).isEqualTo(chart.baseline()));
	}

	@Test
	void writesTheYearUnderTheFirstColumnAndWhereANewYearStarts() {
		ColumnChart chart = ColumnChart.of(
				List.of(point("2025-11-01", 1), point("2025-12-01", 2), point("2026-01-01", 3)), Period.MONTH,
				ChartFormat.COUNT);

		assertThat(chart.columns()).extracting(ColumnChart.Column::year).containsExactly("2025", "", "2026");
	}

	@Test
	void writesCountsWithThousandsSeparatorsAndMoneyWithDollars() {
		assertThat(ColumnChart.of(List.of(point("2026-01-01", 12345)), Period.MONTH, ChartFormat.COUNT).columns())
			.extracting(ColumnChart.Column::value)
			.containsExactly("12,345");
		assertThat(ColumnChart.of(List.of(point("2026-01-01", 2480)), Period.MONTH, ChartFormat.MONEY).columns())
			.extracting(ColumnChart.Column::value)
			.containsExactly("$2,480.00");
	}

	@Test
	void showsPeriodsWithoutDataAsGapsInTheirPlace() {
		List<ColumnChart.Point> points = ColumnChart.every(List.of(point("2026-01-01", 4), point("2026-04-01", 2)),
				LocalDate.parse("2026-01-15"), LocalDate.parse("2026-04-10"), Period.MONTH);
		ColumnChart chart = ColumnChart.of(points, Period.MONTH, ChartFormat.DECIMAL);

		assertThat(chart.columns()).extracting(ColumnChart.Column::label).containsExactly("Jan", "Feb", "Mar", "Apr");
		assertThat(chart.columns()).extracting(ColumnChart.Column::value).containsExactly("4.00", "–", "–", "2.00");
		assertThat(chart.columns()).extracting(ColumnChart.Column::columnHeight)
			.containsExactly(ColumnChart.PLOT, 0, 0, ColumnChart.PLOT / 2);
	}

	@Test
	void stepsWeeksAndQuartersForTheirGaps() {
		assertThat(
				ColumnChart.every(List.of(), LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-20"), Period.WEEK))
			.extracting(ColumnChart.Point::start)
			.containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"),
					LocalDate.parse("2026-03-16"));
		assertThat(ColumnChart.every(List.of(), LocalDate.parse("2026-02-04"), LocalDate.parse("2026-11-20"),
				Period.QUARTER))
			.extracting(ColumnChart.Point::start)
			.containsExactly(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-01"),
					LocalDate.parse("2026-07-01"), LocalDate.parse("2026-10-01"));
	}

	@Test
	void labelsWeeksAndQuarters() {
		assertThat(ColumnChart.label(LocalDate.parse("2026-03-02"), Period.WEEK)).isEqualTo("Mar 2");
		assertThat(ColumnChart.label(LocalDate.parse("2026-07-01"), Period.QUARTER)).isEqualTo("Q3");
	}

	@Test
	void labelsEveryNthColumnWhenColumnsAreTooNarrowKeepingTheNewest() {
		List<ColumnChart.Point> weeks = new ArrayList<>();
		for (int i = 0; i < 52; i++) {
			weeks.add(point(LocalDate.parse("2026-01-05").plusWeeks(i).toString(), i));
		}
		ColumnChart chart = ColumnChart.of(weeks, Period.WEEK, ChartFormat.COUNT);

		List<ColumnChart.Column> labelled = chart.columns().stream().filter(ColumnChart.Column::labelled).toList();
		assertThat(labelled).hasSizeLessThan(52).hasSizeGreaterThan(1);
		assertThat(chart.columns().get(51).labelled()).isTrue();
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i).middle() - labelled.get(i - 1).middle())
				.isGreaterThanOrEqualTo(ColumnChart.labelRoom(chart.font()))
				.isGreaterThanOrEqualTo(ColumnChart.textWidth("Dec 28", chart.font()));
		}
	}

	@Test
	void aPhoneLayoutIsNarrowerWithTextThatRendersAtLeastTwelvePixelsOnAPhone() {
		List<ColumnChart.Point> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(point(LocalDate.parse("2025-12-01").plusMonths(i).toString(), 1000 + i));
		}
		ColumnChart wide = ColumnChart.of(months, Period.MONTH, ChartFormat.COUNT);
		ColumnChart phone = ColumnChart.phone(months, Period.MONTH, ChartFormat.COUNT);
		// a 390 px phone leaves 366 px for the chart, a wide page at least 540
		double phoneWidth = 366;

		assertThat(wide.font() * 540.0 / wide.width()).isGreaterThanOrEqualTo(12);
		assertThat(phone.font() * phoneWidth / phone.width()).isGreaterThanOrEqualTo(12);
		assertThat(wide.font() * phoneWidth / wide.width()).as("the wide layout on a phone").isLessThan(12);
		assertThat(phone.width()).isLessThan(wide.width());
		ColumnChart.Column last = phone.columns().get(11);
		assertThat(last.x() + last.width()).isLessThanOrEqualTo(phone.width());
		assertThat(last.labelled()).isTrue();
		List<ColumnChart.Column> labelled = phone.columns().stream().filter(ColumnChart.Column::labelled).toList();
		assertThat(labelled).hasSizeBetween(4, 11);
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i).middle() - labelled.get(i - 1).middle())
				.isGreaterThanOrEqualTo(ColumnChart.labelRoom(phone.font()));
		}
		assertThat(labelled.getFirst().year()).isEqualTo("2026");
	}

	@Test
	void aPhoneLayoutLabelsFiftyTwoWeeksWithoutOverlap() {
		List<ColumnChart.Point> weeks = new ArrayList<>();
		for (int i = 0; i < 52; i++) {
			weeks.add(point(LocalDate.parse("2026-01-05").plusWeeks(i).toString(), i * 1000));
		}
		ColumnChart chart = ColumnChart.phone(weeks, Period.WEEK, ChartFormat.COUNT);

		List<ColumnChart.Column> labelled = chart.columns().stream().filter(ColumnChart.Column::labelled).toList();
		assertThat(labelled).hasSizeGreaterThan(1);
		assertThat(chart.columns().get(51).labelled()).isTrue();
		// "Dec 28" and "51,000" are each at most 3.3 font sizes wide
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i).middle() - labelled.get(i - 1).middle())
				.isGreaterThanOrEqualTo((int) Math.ceil(3.3 * chart.font()));
		}
		ColumnChart.Column last = chart.columns().get(51);
		assertThat(last.x() + last.width()).isLessThanOrEqualTo(chart.width());
	}

	@Test
	void fitsTwelveMonthsInTheViewBoxWithTextAtLeastTwelveUnitsHigh() {
		List<ColumnChart.Point> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(point(LocalDate.parse("2025-12-01").plusMonths(i).toString(), 1000 + i));
		}
		ColumnChart chart = ColumnChart.of(months, Period.MONTH, ChartFormat.COUNT);

		assertThat(chart.font()).isGreaterThanOrEqualTo(12);
		assertThat(chart.columns()).allSatisfy((column) -> assertThat(column.labelled()).isTrue());
		ColumnChart.Column last = chart.columns().get(11);
		assertThat(last.x() + last.width()).isLessThanOrEqualTo(chart.width());
	}

}
