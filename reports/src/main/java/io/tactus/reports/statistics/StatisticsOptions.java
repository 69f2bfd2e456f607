package io.tactus.reports.statistics;

import java.util.Objects;

/**
 * The choices the statistics leave open.
 *
 * @param demandWeights the weights of the demand components
 * @param reliabilityRules when a sample counts as thin
 * @param mapMeasure the measure the map's quartile classes are drawn from
 * @param includeTerritories whether Guam, Puerto Rico and the Virgin Islands take part
 * (OEWS publishes them as state-level estimates)
 */
public record StatisticsOptions(DemandWeights demandWeights, ReliabilityRules reliabilityRules, Measure mapMeasure,
		boolean includeTerritories) {

	public StatisticsOptions {
		Objects.requireNonNull(demandWeights, "demandWeights");
		Objects.requireNonNull(reliabilityRules, "reliabilityRules");
		Objects.requireNonNull(mapMeasure, "mapMeasure");
	}

	/**
	 * Equal demand weights, the default thin-sample rules, the map by annual median, and
	 * territories included.
	 * @return the defaults
	 */
	public static StatisticsOptions defaults() {
		return new StatisticsOptions(DemandWeights.equal(), ReliabilityRules.defaults(), Measure.ANNUAL_MEDIAN, true);
	}

	/**
	 * These options with other demand weights.
	 * @param weights the weights
	 * @return new options
	 */
	public StatisticsOptions withDemandWeights(DemandWeights weights) {
		return new StatisticsOptions(weights, this.reliabilityRules, this.mapMeasure, this.includeTerritories);
	}

	/**
	 * These options with another map measure.
	 * @param measure the measure
	 * @return new options
	 */
	public StatisticsOptions withMapMeasure(Measure measure) {
		return new StatisticsOptions(this.demandWeights, this.reliabilityRules, measure, this.includeTerritories);
	}

	/**
	 * These options with other thin-sample rules.
	 * @param rules the rules
	 * @return new options
	 */
	public StatisticsOptions withReliabilityRules(ReliabilityRules rules) {
		return new StatisticsOptions(this.demandWeights, rules, this.mapMeasure, this.includeTerritories);
	}

	/**
	 * These options with or without the territories.
	 * @param include whether to include them
	 * @return new options
	 */
	public StatisticsOptions withTerritories(boolean include) {
		return new StatisticsOptions(this.demandWeights, this.reliabilityRules, this.mapMeasure, include);
	}

}
