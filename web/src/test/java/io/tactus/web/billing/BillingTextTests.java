package io.tactus.web.billing;

import java.util.List;
import java.util.Locale;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitResult;
import io.tactus.core.billing.UnitRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BillingTextTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private final BillingText text = new BillingText(new BillingBundle());

	private List<String> reasons(UnitRule rule, ServiceLine... lines) {
		UnitResult result = ENGINE.units(List.of(lines), rule);
		return result.lines().stream().map((line) -> this.text.reason(line.reason(), Locale.US)).toList();
	}

	@Test
	void wordsTheCmsReasonsOfEachCode() {
		assertThat(reasons(UnitRule.CMS, ServiceLine.of("97112", 24), ServiceLine.of("97110", 23))).containsExactly(
				"24 min: keeps 1 full 15-minute unit, plus 1 for its 9 leftover minutes (among the largest).",
				"23 min: keeps 1 full 15-minute unit; its 8 leftover minutes did not earn another unit.");
		assertThat(reasons(UnitRule.CMS, ServiceLine.of("97110", 30), ServiceLine.of("97140", 8),
				ServiceLine.of("97112", 0)))
			.containsExactly("30 min: keeps 2 full 15-minute units.",
					"8 min: no full 15-minute unit, but its 8 minutes were among the largest leftovers of the pooled "
							+ "minutes: 1 unit.",
					"0 min: no unit.");
	}

	@Test
	void wordsTiesAndMergedLines() {
		assertThat(reasons(UnitRule.CMS, ServiceLine.of("97140", 8), ServiceLine.of("97110", 8),
				ServiceLine.of("97112", 8), ServiceLine.of("97140", 0)))
			.containsExactly("8 min: no full 15-minute unit, but its 8 minutes were among the largest leftovers of the "
					+ "pooled minutes: 1 unit. It won a tie of equal leftovers because it was entered first. Entered on "
					+ "2 lines; their minutes were added together.",
					"8 min: no full 15-minute unit, but its 8 minutes were among the largest leftovers of the pooled "
							+ "minutes: 1 unit. It won a tie of equal leftovers because it was entered first.",
					"8 min: no full 15-minute unit, and its minutes did not earn one of the pooled units. It lost a "
							+ "tie of equal leftovers to a code entered earlier; it could have taken the unit.");
	}

	@Test
	void wordsTheAmaAndUntimedReasons() {
		assertThat(reasons(UnitRule.AMA, ServiceLine.of("97110", 23), ServiceLine.of("97140", 7),
				ServiceLine.of("97010", 10)))
			.containsExactly("23 min on its own \u2192 2 units.",
					"7 min on its own is under the 8-minute midpoint: no unit.",
					"Untimed code: 1 unit whatever the minutes; its minutes do not count as timed minutes.");
	}

}
