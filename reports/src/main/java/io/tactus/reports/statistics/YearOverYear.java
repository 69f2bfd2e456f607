package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

/**
 * Changes of the state annual median and mean between two survey years, in nominal
 * dollars (not adjusted for inflation).
 *
 * @param fromYear the earlier year
 * @param toYear the later year
 * @param changes one per state present in either year, in state order
 * @param medianUsed how many states have a median in both years
 * @param medianLeftOut how many states lack it in one year or both
 * @param meanUsed how many states have a mean in both years
 * @param meanLeftOut how many states lack it in one year or both
 */
public record YearOverYear(int fromYear, int toYear, List<WageChange> changes, int medianUsed, int medianLeftOut,
		int meanUsed, int meanLeftOut) {

	public YearOverYear {
		if (toYear <= fromYear) {
			throw new IllegalArgumentException("The later year " + toYear + " must be after " + fromYear);
		}
		changes = List.copyOf(changes);
	}

	/**
	 * The change of one state.
	 * @param state the state
	 * @return the change, empty when the state is in neither year
	 */
	public Optional<WageChange> forState(UsState state) {
		return this.changes.stream().filter((c) -> c.state() == state).findFirst();
	}

	/**
	 * Compares two datasets.
	 * @param fromYear the earlier survey year
	 * @param from its rows
	 * @param toYear the later survey year
	 * @param to its rows
	 * @param occupationCode the SOC code
	 * @return the changes
	 */
	public static YearOverYear between(int fromYear, Iterable<WageRow> from, int toYear, Iterable<WageRow> to,
			String occupationCode) {
		Objects.requireNonNull(occupationCode, "occupationCode");
		Map<UsState, WageRow> before = StateRows.select(from, occupationCode, true).states();
		Map<UsState, WageRow> after = StateRows.select(to, occupationCode, true).states();
		Set<UsState> states = EnumSet.noneOf(UsState.class);
		states.addAll(before.keySet());
		states.addAll(after.keySet());
		List<WageChange> changes = new ArrayList<>();
		int medianUsed = 0;
		int meanUsed = 0;
		for (UsState state : states) {
			Optional<WageRow> a = Optional.ofNullable(before.get(state));
			Optional<WageRow> b = Optional.ofNullable(after.get(state));
			Change median = Change.between(figure(a, Measure.ANNUAL_MEDIAN), figure(b, Measure.ANNUAL_MEDIAN));
			Change mean = Change.between(figure(a, Measure.ANNUAL_MEAN), figure(b, Measure.ANNUAL_MEAN));
			medianUsed += median.isKnown() ? 1 : 0;
			meanUsed += mean.isKnown() ? 1 : 0;
			changes.add(new WageChange(state, median, mean));
		}
		return new YearOverYear(fromYear, toYear, changes, medianUsed, states.size() - medianUsed, meanUsed,
				states.size() - meanUsed);
	}

	/**
	 * Compares each survey year with the next one present.
	 * @param datasets the rows of each survey year
	 * @param occupationCode the SOC code
	 * @return one comparison per pair of consecutive years, oldest first
	 */
	public static List<YearOverYear> consecutive(Map<Integer, ? extends Iterable<WageRow>> datasets,
			String occupationCode) {
		TreeMap<Integer, Iterable<WageRow>> sorted = new TreeMap<>();
		datasets.forEach(sorted::put);
		List<Integer> years = new ArrayList<>(sorted.keySet());
		List<YearOverYear> result = new ArrayList<>();
		for (int i = 1; i < years.size(); i++) {
			int from = years.get(i - 1);
			int to = years.get(i);
			result.add(between(from, sorted.get(from), to, sorted.get(to), occupationCode));
		}
		return List.copyOf(result);
	}

	private static OptionalDouble figure(Optional<WageRow> row, Measure measure) {
		return row.map((r) -> measure.of(r).value()).orElse(OptionalDouble.empty());
	}

}
