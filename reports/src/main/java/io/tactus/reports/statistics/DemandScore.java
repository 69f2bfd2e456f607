package io.tactus.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;

/**
 * The demand score of one state, with every component shown.
 *
 * @param state the state
 * @param score the weighted mean of the z-scores the state has, {@code Σ wᵢzᵢ / Σ wᵢ};
 * empty when it has none
 * @param rank 1 = highest score among the states scored on as many components
 * ({@code componentsUsed}), competition ranking; empty without a score
 * @param components every component, raw and standardised
 * @param lacking the components the state has no value for
 * @param componentsUsed how many components the score is made of
 * @param componentsTotal how many components a state can be scored on (those with a
 * positive weight)
 * @param rankedAmong how many states the rank is among: those with a score from as many
 * components; 0 without a score
 */
public record DemandScore(UsState state, OptionalDouble score, OptionalInt rank, List<ComponentValue> components,
		List<DemandComponent> lacking, int componentsUsed, int componentsTotal, int rankedAmong) {

	public DemandScore {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(score, "score");
		Objects.requireNonNull(rank, "rank");
		components = List.copyOf(components);
		lacking = List.copyOf(lacking);
		if (componentsUsed < 0 || componentsUsed > componentsTotal) {
			throw new IllegalArgumentException(
					"Components used must be 0 to " + componentsTotal + ", not " + componentsUsed);
		}
	}

}
