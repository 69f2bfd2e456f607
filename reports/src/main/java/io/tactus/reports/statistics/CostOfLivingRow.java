package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;

/**
 * One state's wages before and after adjusting for its price level.
 *
 * @param state the state
 * @param rpp the regional price parity (U.S. = 100), empty when none is published
 * @param annualMedian the published annual median
 * @param adjustedMedian {@code annualMedian / (rpp / 100)}
 * @param annualMean the published annual mean
 * @param adjustedMean {@code annualMean / (rpp / 100)}
 * @param rawRank rank by published median among the states with both a median and a
 * parity (1 = highest, competition ranking)
 * @param adjustedRank rank by adjusted median among the same states
 * @param rankChange {@code rawRank − adjustedRank}: positive when the state climbs after
 * adjusting
 */
public record CostOfLivingRow(UsState state, OptionalDouble rpp, OptionalDouble annualMedian,
		OptionalDouble adjustedMedian, OptionalDouble annualMean, OptionalDouble adjustedMean, OptionalInt rawRank,
		OptionalInt adjustedRank, OptionalInt rankChange) {

	public CostOfLivingRow {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(rpp, "rpp");
		Objects.requireNonNull(annualMedian, "annualMedian");
		Objects.requireNonNull(adjustedMedian, "adjustedMedian");
		Objects.requireNonNull(annualMean, "annualMean");
		Objects.requireNonNull(adjustedMean, "adjustedMean");
		Objects.requireNonNull(rawRank, "rawRank");
		Objects.requireNonNull(adjustedRank, "adjustedRank");
		Objects.requireNonNull(rankChange, "rankChange");
	}

}
