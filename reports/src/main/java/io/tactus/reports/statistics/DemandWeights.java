package io.tactus.reports.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each demand component in the score; a component without a weight weighs 0
 * (shown, but not scored).
 *
 * @param weights non-negative weights, at least one positive
 */
public record DemandWeights(Map<DemandComponent, Double> weights) {

	public DemandWeights {
		Map<DemandComponent, Double> copy = new EnumMap<>(DemandComponent.class);
		for (DemandComponent component : DemandComponent.values()) {
			copy.put(component, weights.getOrDefault(component, 0.0));
		}
		double total = 0;
		for (Map.Entry<DemandComponent, Double> entry : copy.entrySet()) {
			double weight = entry.getValue();
			if (!(weight >= 0) || !Double.isFinite(weight)) {
				throw new IllegalArgumentException(
						"The weight of " + entry.getKey() + " must be a non-negative number, not " + weight);
			}
			total += weight;
		}
		if (total <= 0) {
			throw new IllegalArgumentException("At least one demand weight must be positive: " + copy);
		}
		weights = Collections.unmodifiableMap(copy);
	}

	/**
	 * Equal weights, the default.
	 * @return weight 1 for every component
	 */
	public static DemandWeights equal() {
		return of(1, 1, 1, 1);
	}

	/**
	 * Weights in component order.
	 * @param locationQuotient weight of the location quotient
	 * @param jobsPer1000 weight of jobs per 1,000
	 * @param projectedGrowth weight of projected growth
	 * @param openingsPer1000 weight of openings per 1,000
	 * @return the weights
	 */
	public static DemandWeights of(double locationQuotient, double jobsPer1000, double projectedGrowth,
			double openingsPer1000) {
		return new DemandWeights(Map.of(DemandComponent.LOCATION_QUOTIENT, locationQuotient,
				DemandComponent.JOBS_PER_1000, jobsPer1000, DemandComponent.PROJECTED_GROWTH, projectedGrowth,
				DemandComponent.OPENINGS_PER_1000, openingsPer1000));
	}

	/**
	 * The weight of a component.
	 * @param component the component
	 * @return its weight
	 */
	public double weight(DemandComponent component) {
		return this.weights.get(component);
	}

}
