package io.tactus.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.reports.reference.Projection;

/**
 * Everything about one state for its page.
 *
 * @param statistics the state's figures and statistics
 * @param rankedAbove the states with the next better rank (several when they tie), empty
 * for rank 1 or an unranked state
 * @param tiedWith the other states sharing the state's rank
 * @param rankedBelow the states with the next worse rank (several when they tie)
 * @param mapQuartile the state's quartile class on the map, empty when left out
 * @param demand the state's demand score
 * @param costOfLiving the state's wages adjusted for prices
 * @param projection the state's employment projection, when found
 * @param partTime the percentiles at 20, 25 and 30 hours a week
 */
public record StateProfile(StateStatistics statistics, List<Neighbour> rankedAbove, List<Neighbour> tiedWith,
		List<Neighbour> rankedBelow, OptionalInt mapQuartile, Optional<DemandScore> demand,
		Optional<CostOfLivingRow> costOfLiving, Optional<Projection> projection, List<PartTimeWages> partTime) {

	public StateProfile {
		Objects.requireNonNull(statistics, "statistics");
		rankedAbove = List.copyOf(rankedAbove);
		tiedWith = List.copyOf(tiedWith);
		rankedBelow = List.copyOf(rankedBelow);
		Objects.requireNonNull(mapQuartile, "mapQuartile");
		Objects.requireNonNull(demand, "demand");
		Objects.requireNonNull(costOfLiving, "costOfLiving");
		Objects.requireNonNull(projection, "projection");
		partTime = List.copyOf(partTime);
	}

}
