package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.PriceParities;
import io.tactus.reports.reference.PriceParity;

/**
 * Wages adjusted for the cost of living with BEA regional price parities, raw and
 * adjusted ranks side by side. Both ranks are over the same states (those with a median
 * and a parity), so a change of rank comes from prices alone.
 *
 * @param surveyYear the year of the wages
 * @param rppYear the year of the price parities, empty when there are none
 * @param rows one per state, by adjusted rank, unranked last
 * @param used how many states were ranked
 * @param leftOut how many states were not ranked (no median or no parity)
 */
public record CostOfLiving(int surveyYear, OptionalInt rppYear, List<CostOfLivingRow> rows, int used, int leftOut) {

	/** The note the page shows when the wage and price years differ. */
	public static final String YEAR_NOTE = "Wages and price parities are of different years; parities change slowly, "
			+ "but the adjustment is approximate.";

	public CostOfLiving {
		Objects.requireNonNull(rppYear, "rppYear");
		rows = List.copyOf(rows);
	}

	/**
	 * Whether the wages and the price parities are of different years.
	 * @return {@code true} when the page should show {@link #YEAR_NOTE}
	 */
	public boolean yearsDiffer() {
		return this.rppYear.isPresent() && this.rppYear.getAsInt() != this.surveyYear;
	}

	/**
	 * The row of a state.
	 * @param state the state
	 * @return the row, empty when the state is not in the comparison
	 */
	public Optional<CostOfLivingRow> forState(UsState state) {
		return this.rows.stream().filter((r) -> r.state() == state).findFirst();
	}

	static CostOfLiving of(int surveyYear, List<StateStatistics> states, PriceParities parities) {
		Map<UsState, Double> raw = new EnumMap<>(UsState.class);
		Map<UsState, Double> adjusted = new EnumMap<>(UsState.class);
		for (StateStatistics state : states) {
			Optional<PriceParity> parity = parities.forState(state.state());
			if (parity.isPresent() && state.annualMedian().isPresent()) {
				double median = state.annualMedian().getAsDouble();
				raw.put(state.state(), median);
				adjusted.put(state.state(), parity.get().adjust(median));
			}
		}
		Map<UsState, Integer> rawRanks = Ranking.descending(raw);
		Map<UsState, Integer> adjustedRanks = Ranking.descending(adjusted);
		List<CostOfLivingRow> rows = new ArrayList<>();
		for (StateStatistics state : states) {
			Optional<PriceParity> parity = parities.forState(state.state());
			OptionalDouble rpp = parity.map((p) -> OptionalDouble.of(p.rpp())).orElse(OptionalDouble.empty());
			OptionalInt rawRank = rank(rawRanks.get(state.state()));
			OptionalInt adjustedRank = rank(adjustedRanks.get(state.state()));
			OptionalInt change = (rawRank.isPresent() && adjustedRank.isPresent())
					? OptionalInt.of(rawRank.getAsInt() - adjustedRank.getAsInt()) : OptionalInt.empty();
			rows.add(new CostOfLivingRow(state.state(), rpp, state.annualMedian(), adjust(state.annualMedian(), parity),
					state.annualMean(), adjust(state.annualMean(), parity), rawRank, adjustedRank, change));
		}
		rows.sort(Comparator.comparingInt((CostOfLivingRow r) -> r.adjustedRank().orElse(Integer.MAX_VALUE))
			.thenComparing((r) -> r.state().title()));
		return new CostOfLiving(surveyYear, parities.year(), rows, raw.size(), states.size() - raw.size());
	}

	private static OptionalDouble adjust(OptionalDouble wage, Optional<PriceParity> parity) {
		return (wage.isPresent() && parity.isPresent()) ? OptionalDouble.of(parity.get().adjust(wage.getAsDouble()))
				: OptionalDouble.empty();
	}

	private static OptionalInt rank(Integer rank) {
		return (rank != null) ? OptionalInt.of(rank) : OptionalInt.empty();
	}

}
