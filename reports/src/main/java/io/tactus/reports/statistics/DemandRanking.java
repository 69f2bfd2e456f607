package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.Projection;
import io.tactus.reports.reference.Projections;

/**
 * States ranked by demand: each component standardised to a z-score over the states that
 * have it, combined with the weights into a score over the components a state has.
 *
 * @param weights the weights used
 * @param scales how each component was standardised
 * @param scores one per state: the states scored on the most components first, each group
 * best first, unscored states last
 */
public record DemandRanking(DemandWeights weights, List<ComponentScale> scales, List<DemandScore> scores) {

	/** The fewest states a component is standardised over. */
	public static final int MIN_STATES_PER_COMPONENT = 3;

	public DemandRanking {
		Objects.requireNonNull(weights, "weights");
		scales = List.copyOf(scales);
		scores = List.copyOf(scores);
	}

	/**
	 * The score of a state.
	 * @param state the state
	 * @return its score, empty when the state is not in the comparison
	 */
	public Optional<DemandScore> forState(UsState state) {
		return this.scores.stream().filter((s) -> s.state() == state).findFirst();
	}

	static DemandRanking of(List<StateStatistics> states, Projections projections, DemandWeights weights) {
		Map<DemandComponent, Map<UsState, Double>> values = new EnumMap<>(DemandComponent.class);
		for (DemandComponent component : DemandComponent.values()) {
			Map<UsState, Double> byState = new EnumMap<>(UsState.class);
			for (StateStatistics state : states) {
				raw(component, state, projections).ifPresent((v) -> byState.put(state.state(), v));
			}
			values.put(component, byState);
		}
		List<ComponentScale> scales = new ArrayList<>();
		for (DemandComponent component : DemandComponent.values()) {
			scales.add(scale(component, values.get(component), states.size()));
		}
		int total = (int) Arrays.stream(DemandComponent.values()).filter((c) -> weights.weight(c) > 0).count();
		Map<Integer, Map<UsState, Double>> scoredByCompleteness = new HashMap<>();
		List<DemandScore> unranked = new ArrayList<>();
		for (StateStatistics state : states) {
			DemandScore score = score(state.state(), scales, values, weights, total);
			score.score()
				.ifPresent((s) -> scoredByCompleteness
					.computeIfAbsent(score.componentsUsed(), (n) -> new EnumMap<>(UsState.class))
					.put(state.state(), s));
			unranked.add(score);
		}
		Map<Integer, Map<UsState, Integer>> ranks = new HashMap<>();
		scoredByCompleteness.forEach((used, scored) -> ranks.put(used, Ranking.descending(scored)));
		List<DemandScore> scores = new ArrayList<>();
		for (DemandScore score : unranked) {
			Integer rank = ranks.getOrDefault(score.componentsUsed(), Map.of()).get(score.state());
			int among = (rank != null) ? scoredByCompleteness.get(score.componentsUsed()).size() : 0;
			scores.add(new DemandScore(score.state(), score.score(),
					(rank != null) ? OptionalInt.of(rank) : OptionalInt.empty(), score.components(), score.lacking(),
					score.componentsUsed(), total, among));
		}
		scores.sort(Comparator.comparing((DemandScore s) -> s.rank().isEmpty())
			.thenComparing(Comparator.comparingInt(DemandScore::componentsUsed).reversed())
			.thenComparingInt((s) -> s.rank().orElse(Integer.MAX_VALUE))
			.thenComparing((s) -> s.state().title()));
		return new DemandRanking(weights, scales, scores);
	}

	private static DemandScore score(UsState state, List<ComponentScale> scales,
			Map<DemandComponent, Map<UsState, Double>> values, DemandWeights weights, int total) {
		List<ComponentValue> components = new ArrayList<>();
		List<DemandComponent> lacking = new ArrayList<>();
		double weighted = 0;
		double weightSum = 0;
		int used = 0;
		for (ComponentScale scale : scales) {
			DemandComponent component = scale.component();
			Double value = values.get(component).get(state);
			double weight = weights.weight(component);
			if (value == null) {
				lacking.add(component);
				components.add(new ComponentValue(component, OptionalDouble.empty(), OptionalDouble.empty(), weight));
				continue;
			}
			OptionalDouble z = scale.standardised() ? OptionalDouble.of(scale.zScore(value)) : OptionalDouble.empty();
			components.add(new ComponentValue(component, OptionalDouble.of(value), z, weight));
			if (z.isPresent() && weight > 0) {
				weighted += weight * z.getAsDouble();
				weightSum += weight;
				used++;
			}
		}
		OptionalDouble score = (used > 0) ? OptionalDouble.of(weighted / weightSum) : OptionalDouble.empty();
		return new DemandScore(state, score, OptionalInt.empty(), components, lacking, used, total, 0);
	}

	private static OptionalDouble raw(DemandComponent component, StateStatistics state, Projections projections) {
		return switch (component) {
			case LOCATION_QUOTIENT -> state.locationQuotient();
			case JOBS_PER_1000 -> state.jobsPer1000();
			case PROJECTED_GROWTH ->
				projections.forState(state.state()).map(Projection::percentChange).orElse(OptionalDouble.empty());
			case OPENINGS_PER_1000 ->
				projections.forState(state.state()).map(Projection::openingsPer1000).orElse(OptionalDouble.empty());
		};
	}

	private static ComponentScale scale(DemandComponent component, Map<UsState, Double> values, int states) {
		double[] array = values.values().stream().mapToDouble(Double::doubleValue).toArray();
		int leftOut = states - array.length;
		if (array.length < 2) {
			OptionalDouble mean = (array.length == 1) ? OptionalDouble.of(array[0]) : OptionalDouble.empty();
			return new ComponentScale(component, mean, OptionalDouble.empty(), array.length, leftOut, false);
		}
		double mean = StatUtils.mean(array);
		double sd = new StandardDeviation(true).evaluate(array);
		boolean standardised = array.length >= MIN_STATES_PER_COMPONENT && sd > 0;
		return new ComponentScale(component, OptionalDouble.of(mean), OptionalDouble.of(sd), array.length, leftOut,
				standardised);
	}

}
