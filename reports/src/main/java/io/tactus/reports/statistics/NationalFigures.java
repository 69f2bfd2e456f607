package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The national row of the occupation, when the wage table has one.
 *
 * @param areaTitle AREA_TITLE
 * @param employment TOT_EMP
 * @param hourlyMean H_MEAN
 * @param annualMean A_MEAN
 * @param annualP10 A_PCT10
 * @param annualP25 A_PCT25
 * @param annualMedian A_MEDIAN
 * @param annualP75 A_PCT75
 * @param annualP90 A_PCT90
 */
public record NationalFigures(String areaTitle, OptionalDouble employment, OptionalDouble hourlyMean,
		OptionalDouble annualMean, OptionalDouble annualP10, OptionalDouble annualP25, OptionalDouble annualMedian,
		OptionalDouble annualP75, OptionalDouble annualP90) {

	public NationalFigures {
		Objects.requireNonNull(areaTitle, "areaTitle");
		Objects.requireNonNull(employment, "employment");
		Objects.requireNonNull(hourlyMean, "hourlyMean");
		Objects.requireNonNull(annualMean, "annualMean");
		Objects.requireNonNull(annualP10, "annualP10");
		Objects.requireNonNull(annualP25, "annualP25");
		Objects.requireNonNull(annualMedian, "annualMedian");
		Objects.requireNonNull(annualP75, "annualP75");
		Objects.requireNonNull(annualP90, "annualP90");
	}

}
