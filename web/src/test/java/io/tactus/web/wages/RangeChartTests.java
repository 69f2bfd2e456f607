package io.tactus.web.wages;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RangeChartTests {

	private static RangeChart.Row row(String label, boolean national, OptionalDouble median) {
		return new RangeChart.Row(label, national, OptionalDouble.of(30000), OptionalDouble.empty(), median,
				OptionalDouble.empty(), OptionalDouble.of(90000));
	}

	@Test
	void drawsStatesFromTheHighestMedianDownWithTheNationLast() {
		RangeChart chart = RangeChart
			.of(List.of(row("U.S.", true, OptionalDouble.of(60000)), row("Ohio", false, OptionalDouble.of(50000)),
					row("Utah", false, OptionalDouble.empty()), row("Iowa", false, OptionalDouble.of(70000))));

		assertThat(chart.bars()).extracting(RangeChart.Bar::label).containsExactly("Iowa", "Ohio", "Utah", "U.S.");
		assertThat(chart.bars()).extracting(RangeChart.Bar::top).isSorted();
	}

	@Test
	void aPhoneLayoutPutsLabelsAboveTheBarsWithTextThatRendersAtLeastTwelvePixelsAndTicksThatDoNotOverlap() {
		List<RangeChart.Row> rows = List.of(row("District of Columbia", false, OptionalDouble.of(110000)),
				row("U.S.", true, OptionalDouble.of(60000)), row("Ohio", false, OptionalDouble.of(50000)));
		RangeChart wide = RangeChart.of(rows);
		RangeChart phone = RangeChart.phone(rows);
		// a 390 px phone leaves 366 px for the chart; a wide page shows it 640 px wide
		double phoneWidth = 366;

		assertThat(wide.font() * 640.0 / wide.width()).isGreaterThanOrEqualTo(12);
		assertThat(wide.font() * phoneWidth / wide.width()).as("the wide layout on a phone").isLessThan(12);
		assertThat(phone.font() * phoneWidth / phone.width()).isGreaterThanOrEqualTo(12);
		assertThat(phone.bars()).extracting(RangeChart.Bar::label)
			.containsExactly("District of Columbia", "Ohio", "U.S.");
		for (RangeChart.Bar bar : phone.bars()) {
			assertThat(bar.labelY()).as("label above its bar").isLessThan(bar.middle() - 11);
			assertThat(bar.whiskerTo()).isLessThanOrEqualTo(phone.plotRight());
		}
		assertThat(phone.plotLeft()).isLessThan(wide.plotLeft() * phone.width() / wide.width());
		for (int i = 1; i < phone.ticks().size(); i++) {
			RangeChart.Tick before = phone.ticks().get(i - 1);
			RangeChart.Tick tick = phone.ticks().get(i);
			// a tick such as $150,000 is at most 4.5 font sizes wide, centred on its x
			assertThat(tick.x() - before.x()).as(tick.label()).isGreaterThan((int) Math.ceil(4.5 * phone.font()));
		}
		RangeChart.Tick last = phone.ticks().getLast();
		assertThat(last.x() + (int) Math.ceil(4.5 * phone.font() / 2)).isLessThanOrEqualTo(phone.width());
		assertThat(phone.ticks().getLast().label()).isEqualTo("$150,000");
	}

}
