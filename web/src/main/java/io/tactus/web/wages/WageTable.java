package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.FigureState;
import io.tactus.reports.statistics.CostOfLivingRow;
import io.tactus.reports.statistics.DemandScore;
import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StateStatistics;

/**
 * The state table of a comparison in the chosen unit and basis, sorted: the same rows
 * feed the page, the XLSX and the CSV.
 *
 * @param options how it is shown
 * @param columns the columns that have a value for at least one state, in order
 * @param empty the columns no state has a value for (not shown)
 * @param rows the states, sorted
 * @param demandComponents how many components a demand score can be made of
 */
record WageTable(TableOptions options, List<Column> columns, List<Column> empty, List<TableRow> rows,
		int demandComponents) {

	WageTable {
		columns = List.copyOf(columns);
		empty = List.copyOf(empty);
		rows = List.copyOf(rows);
	}

	/**
	 * Builds the table.
	 * @param comparison the comparison
	 * @param options how to show it
	 * @return the table
	 */
	static WageTable of(StateComparison comparison, TableOptions options) {
		List<TableRow> rows = new ArrayList<>();
		for (StateStatistics state : comparison.states()) {
			Map<Column, Cell> cells = new EnumMap<>(Column.class);
			for (Column column : Column.values()) {
				cells.put(column, cell(column, state, comparison, options));
			}
			rows.add(new TableRow(state.state(), state.reliability().thinSample(), cells));
		}
		rows.sort(comparator(options.sort(), options.descending()));
		List<Column> columns = new ArrayList<>();
		List<Column> empty = new ArrayList<>();
		for (Column column : Column.values()) {
			boolean any = column == Column.STATE || rows.stream().anyMatch((r) -> r.value(column).isPresent());
			(any ? columns : empty).add(column);
		}
		int components = comparison.demand().scores().stream().mapToInt(DemandScore::componentsTotal).max().orElse(0);
		return new WageTable(options, columns, empty, rows, components);
	}

	static Comparator<TableRow> comparator(Column column, boolean descending) {
		Comparator<TableRow> byName = Comparator.comparing(TableRow::name);
		if (column == Column.STATE) {
			return descending ? byName.reversed() : byName;
		}
		Comparator<Double> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator.comparing((TableRow row) -> row.value(column).isEmpty())
			.thenComparing((row) -> -row.cell(column).group().orElse(0))
			.thenComparing((row) -> row.value(column).orElse(0), order)
			.thenComparing(byName);
	}

	static Cell cell(Column column, StateStatistics state, StateComparison comparison, TableOptions options) {
		Unit unit = options.unit();
		return switch (column) {
			case STATE -> Cell.text(state.state().title());
			case EMPLOYMENT, JOBS_PER_1000, LOCATION_QUOTIENT -> figure(column, state, unit);
			case MEAN, P10, P25, MEDIAN, P75, P90 -> wage(column, state, comparison, options);
			case RANK -> rank(state, comparison, options);
			case VS_NATIONAL ->
				known(column, unit, state.medianVsNationalPercent()).orElseGet(() -> Cell.missing(Mark.NOT_PUBLISHED));
			case RPP -> known(column, unit,
					comparison.costOfLiving()
						.forState(state.state())
						.map(CostOfLivingRow::rpp)
						.orElse(OptionalDouble.empty()))
				.orElseGet(() -> Cell.missing(Mark.NO_PRICE_PARITY));
			case DEMAND -> comparison.demand()
				.forState(state.state())
				.filter((d) -> d.score().isPresent())
				.map((d) -> known(column, unit, d.score()).orElseThrow().inGroup(d.componentsUsed()))
				.orElseGet(() -> Cell.missing(Mark.NOT_PUBLISHED));
		};
	}

	/**
	 * The rank of the figures shown: by published median, or in the price-adjusted view
	 * by adjusted median (among the states with a parity), so the column follows the
	 * median column beside it.
	 */
	private static Cell rank(StateStatistics state, StateComparison comparison, TableOptions options) {
		if (options.basis() == Basis.ADJUSTED) {
			Optional<CostOfLivingRow> cost = comparison.costOfLiving().forState(state.state());
			if (cost.isEmpty() || cost.get().rpp().isEmpty()) {
				return Cell.missing(Mark.NO_PRICE_PARITY);
			}
			OptionalInt rank = cost.get().adjustedRank();
			return rank.isPresent() ? Cell.known(rank.getAsInt(), Integer.toString(rank.getAsInt()))
					: missing(state, Measure.ANNUAL_MEDIAN);
		}
		return state.medianRank().isPresent()
				? Cell.known(state.medianRank().getAsInt(), Integer.toString(state.medianRank().getAsInt()))
				: missing(state, Measure.ANNUAL_MEDIAN);
	}

	private static Cell figure(Column column, StateStatistics state, Unit unit) {
		Measure measure = column.measure().orElseThrow();
		return known(column, unit, state.value(measure)).orElseGet(() -> missing(state, measure));
	}

	private static Cell wage(Column column, StateStatistics state, StateComparison comparison, TableOptions options) {
		Measure measure = column.measure().orElseThrow();
		OptionalDouble value = state.value(measure);
		if (options.unit() == Unit.HOURLY) {
			if (measure == Measure.ANNUAL_MEAN && state.hourlyMean().isPresent()) {
				value = state.hourlyMean();
			}
			else if (value.isPresent()) {
				value = OptionalDouble.of(value.getAsDouble() / Unit.HOURS_A_YEAR);
			}
		}
		if (value.isEmpty()) {
			return missing(state, measure);
		}
		if (options.basis() == Basis.ADJUSTED) {
			OptionalDouble rpp = comparison.costOfLiving()
				.forState(state.state())
				.map(CostOfLivingRow::rpp)
				.orElse(OptionalDouble.empty());
			if (rpp.isEmpty()) {
				return Cell.missing(Mark.NO_PRICE_PARITY);
			}
			value = OptionalDouble.of(value.getAsDouble() / (rpp.getAsDouble() / 100));
		}
		Optional<OutlierNote> outlier = state.outlier(measure).map(OutlierNote::of);
		return known(column, options.unit(), value).orElseThrow().withOutlier(outlier);
	}

	private static Optional<Cell> known(Column column, Unit unit, OptionalDouble value) {
		if (value.isEmpty()) {
			return Optional.empty();
		}
		double number = value.getAsDouble();
		double shown = WageFormat.round(column.kind(), unit, number).doubleValue();
		return Optional.of(Cell.known(shown, WageFormat.format(column.kind(), unit, number)));
	}

	private static Cell missing(StateStatistics state, Measure measure) {
		FigureState reason = state.reliability().reason(measure).orElse(FigureState.BLANK);
		return Cell.missing(Mark.of(reason));
	}

}
