package io.tactus.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.Projection;

/**
 * One occupation compared across the states of one published dataset: computed once per
 * publish, immutable, safe to cache and share.
 *
 * @param surveyYear the OEWS survey year (May of that year)
 * @param occupationCode the SOC code
 * @param occupationTitle OCC_TITLE as published, empty when no row matched
 * @param national the national row, when the dataset has one
 * @param states one per state in the dataset, by rank of annual median (unranked last,
 * then by name)
 * @param summary statistics across the states
 * @param mapQuartiles quartile classes of {@link StatisticsOptions#mapMeasure()}
 * @param demand the demand ranking
 * @param costOfLiving wages adjusted for regional prices
 * @param projections the projections of the states in the comparison that have one
 * @param unmatchedAreas titles of state-level rows whose area is no known state (left
 * out)
 */
public record StateComparison(int surveyYear, String occupationCode, String occupationTitle,
		Optional<NationalFigures> national, List<StateStatistics> states, Summary summary, QuartileClasses mapQuartiles,
		DemandRanking demand, CostOfLiving costOfLiving, List<Projection> projections, List<String> unmatchedAreas) {

	public StateComparison {
		Objects.requireNonNull(occupationCode, "occupationCode");
		Objects.requireNonNull(occupationTitle, "occupationTitle");
		Objects.requireNonNull(national, "national");
		states = List.copyOf(states);
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(mapQuartiles, "mapQuartiles");
		Objects.requireNonNull(demand, "demand");
		Objects.requireNonNull(costOfLiving, "costOfLiving");
		projections = List.copyOf(projections);
		unmatchedAreas = List.copyOf(unmatchedAreas);
	}

	/**
	 * The statistics of a state.
	 * @param state the state
	 * @return them, empty when the dataset has no row for the state
	 */
	public Optional<StateStatistics> state(UsState state) {
		return this.states.stream().filter((s) -> s.state() == state).findFirst();
	}

	/**
	 * Quartile classes of another measure than the map's default.
	 * @param measure the measure
	 * @return the classes
	 */
	public QuartileClasses quartiles(Measure measure) {
		return (measure == this.mapQuartiles.measure()) ? this.mapQuartiles : QuartileClasses.of(this.states, measure);
	}

	/**
	 * Everything about one state, with its neighbours in the ranking by median.
	 * @param state the state
	 * @return the profile, empty when the dataset has no row for the state
	 */
	public Optional<StateProfile> profile(UsState state) {
		return state(state).map(this::profileOf);
	}

	private StateProfile profileOf(StateStatistics statistics) {
		List<StateStatistics> ranked = this.states.stream().filter((s) -> s.medianRank().isPresent()).toList();
		List<Neighbour> above = List.of();
		List<Neighbour> tied = List.of();
		List<Neighbour> below = List.of();
		if (statistics.medianRank().isPresent()) {
			int rank = statistics.medianRank().getAsInt();
			OptionalInt better = ranked.stream()
				.mapToInt((s) -> s.medianRank().getAsInt())
				.filter((r) -> r < rank)
				.max();
			OptionalInt worse = ranked.stream()
				.mapToInt((s) -> s.medianRank().getAsInt())
				.filter((r) -> r > rank)
				.min();
			above = withRank(ranked, better);
			below = withRank(ranked, worse);
			tied = ranked.stream()
				.filter((s) -> s.medianRank().getAsInt() == rank && s.state() != statistics.state())
				.map(Neighbour::of)
				.toList();
		}
		Optional<Projection> projection = this.projections.stream()
			.filter((p) -> p.state().equals(Optional.of(statistics.state())))
			.findFirst();
		return new StateProfile(statistics, above, tied, below, this.mapQuartiles.classOf(statistics.state()),
				this.demand.forState(statistics.state()), this.costOfLiving.forState(statistics.state()), projection,
				PartTime.of(statistics));
	}

	private static List<Neighbour> withRank(List<StateStatistics> ranked, OptionalInt rank) {
		if (rank.isEmpty()) {
			return List.of();
		}
		return ranked.stream().filter((s) -> s.medianRank().getAsInt() == rank.getAsInt()).map(Neighbour::of).toList();
	}

}
