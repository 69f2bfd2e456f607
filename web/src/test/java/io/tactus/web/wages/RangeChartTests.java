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

}
