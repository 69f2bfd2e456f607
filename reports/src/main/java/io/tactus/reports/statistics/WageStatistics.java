package io.tactus.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.Projection;
import io.tactus.reports.reference.Projections;
import io.tactus.reports.reference.ReferenceData;

/**
 * The entry point: compares one occupation across the states of one published dataset.
 * The rows are read once and filtered to the occupation's state and national rows before
 * any statistic is computed.
 */
public final class WageStatistics {

	/** SOC code of massage therapists, the portal's default occupation. */
	public static final String MASSAGE_THERAPISTS = "31-9011";

	private WageStatistics() {
	}

	/**
	 * Compares massage therapists across the states, with the default options.
	 * @param rows the rows of one published dataset
	 * @param surveyYear the dataset's survey year
	 * @param reference projections and price parities
	 * @return the comparison
	 * @throws DuplicateStateRowException when a state has two rows for the occupation
	 */
	public static StateComparison compute(Iterable<WageRow> rows, int surveyYear, ReferenceData reference) {
		return compute(rows, surveyYear, MASSAGE_THERAPISTS, reference, StatisticsOptions.defaults());
	}

	/**
	 * Compares an occupation across the states, with the default options.
	 * @param rows the rows of one published dataset
	 * @param surveyYear the dataset's survey year
	 * @param occupationCode the SOC code, {@code ##-####}
	 * @param reference projections and price parities
	 * @return the comparison
	 * @throws DuplicateStateRowException when a state has two rows for the occupation
	 */
	public static StateComparison compute(Iterable<WageRow> rows, int surveyYear, String occupationCode,
			ReferenceData reference) {
		return compute(rows, surveyYear, occupationCode, reference, StatisticsOptions.defaults());
	}

	/**
	 * Compares an occupation across the states.
	 * @param rows the rows of one published dataset
	 * @param surveyYear the dataset's survey year
	 * @param occupationCode the SOC code, {@code ##-####}
	 * @param reference projections and price parities; projections about another
	 * occupation are not used
	 * @param options weights, thresholds and the map measure
	 * @return the comparison
	 * @throws DuplicateStateRowException when a state has two rows for the occupation
	 */
	public static StateComparison compute(Iterable<WageRow> rows, int surveyYear, String occupationCode,
			ReferenceData reference, StatisticsOptions options) {
		Objects.requireNonNull(rows, "rows");
		Objects.requireNonNull(occupationCode, "occupationCode");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(options, "options");
		StateRows selected = StateRows.select(rows, occupationCode, options.includeTerritories());
		Optional<NationalFigures> national = StateTable.national(selected);
		List<StateStatistics> states = StateTable.build(selected, national, options.reliabilityRules());
		Projections projections = selected.occupationCode().equals(reference.projections().occupationCode())
				? reference.projections() : Projections.none(selected.occupationCode());
		List<Projection> stateProjections = states.stream()
			.map((s) -> projections.forState(s.state()))
			.flatMap(Optional::stream)
			.toList();
		return new StateComparison(surveyYear, selected.occupationCode(), selected.occupationTitle(), national, states,
				Summary.of(states), QuartileClasses.of(states, options.mapMeasure()),
				DemandRanking.of(states, projections, options.demandWeights()),
				CostOfLiving.of(surveyYear, states, reference.priceParities()), stateProjections,
				selected.unmatchedAreas());
	}

}
