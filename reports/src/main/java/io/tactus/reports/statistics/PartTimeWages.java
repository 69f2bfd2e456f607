package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the published annual percentiles come to at fewer hours a week.
 *
 * @param hoursPerWeek the hours a week
 * @param annualP10 A_PCT10 × hours / 40
 * @param annualP25 A_PCT25 × hours / 40
 * @param annualMedian A_MEDIAN × hours / 40
 * @param annualP75 A_PCT75 × hours / 40
 * @param annualP90 A_PCT90 × hours / 40
 */
public record PartTimeWages(int hoursPerWeek, OptionalDouble annualP10, OptionalDouble annualP25,
		OptionalDouble annualMedian, OptionalDouble annualP75, OptionalDouble annualP90) {

	public PartTimeWages {
		PartTime.requireHours(hoursPerWeek);
		Objects.requireNonNull(annualP10, "annualP10");
		Objects.requireNonNull(annualP25, "annualP25");
		Objects.requireNonNull(annualMedian, "annualMedian");
		Objects.requireNonNull(annualP75, "annualP75");
		Objects.requireNonNull(annualP90, "annualP90");
	}

}
