package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

import io.tactus.reports.oews.UsState;
import io.tactus.reports.statistics.QuartileClasses;
import io.tactus.reports.statistics.StateComparison;

/**
 * The tile-grid map of the chosen metric, drawn as SVG by the template: every state a
 * square coloured by its quartile class (4 = highest), grey without data.
 *
 * @param tiles one per state the grid knows, in grid order
 * @param q1 the first cut point, as shown
 * @param q2 the median cut point
 * @param q3 the third cut point
 * @param classed whether quartile classes were drawn (four states or more)
 * @param width the SVG width
 * @param height the SVG height
 */
record TileMap(List<Tile> tiles, String q1, String q2, String q3, boolean classed, int width, int height) {

	/** Side of a tile, in SVG units. */
	static final int SIZE = 40;

	/** Gap between tiles. */
	static final int GAP = 4;

	TileMap {
		tiles = List.copyOf(tiles);
	}

	/**
	 * The map of a table's metric. Published figures use the statistics' own quartile
	 * classes; figures adjusted for prices are classed the same way (Hyndman–Fan type 7,
	 * a value at a cut point goes to the lower class) over the adjusted values.
	 * @param comparison the comparison
	 * @param table the table, whose rows carry the shown values
	 * @param link the link of each state's page
	 * @return the map
	 */
	static TileMap of(StateComparison comparison, WageTable table, java.util.function.Function<UsState, String> link) {
		Column column = table.options().metricColumn();
		Map<UsState, TableRow> rows = new EnumMap<>(UsState.class);
		table.rows().forEach((row) -> rows.put(row.state(), row));
		Map<UsState, Integer> classes;
		double[] cuts;
		if (table.options().basis() == Basis.ADJUSTED && column.isWage()) {
			Map<UsState, Double> values = new EnumMap<>(UsState.class);
			rows.forEach((state, row) -> row.value(column).ifPresent((v) -> values.put(state, v)));
			cuts = cuts(values);
			classes = classes(values, cuts);
		}
		else {
			QuartileClasses quartiles = comparison.quartiles(table.options().metric());
			classes = quartiles.classes();
			cuts = quartiles.q1().isPresent() ? new double[] { scaled(quartiles.q1(), table, column),
					scaled(quartiles.q2(), table, column), scaled(quartiles.q3(), table, column) } : null;
		}
		List<Tile> tiles = new ArrayList<>();
		for (Map.Entry<UsState, int[]> position : TileGrid.positions().entrySet()) {
			UsState state = position.getKey();
			TableRow row = rows.get(state);
			Integer quartile = classes.get(state);
			String value = (row != null) ? row.cell(column).text() : WageFormat.UNKNOWN;
			Optional<OutlierNote> outlier = (row != null) ? row.cell(column).outlier() : Optional.empty();
			tiles.add(new Tile(state, position.getValue()[0] * (SIZE + GAP), position.getValue()[1] * (SIZE + GAP),
					(quartile != null) ? OptionalInt.of(quartile) : OptionalInt.empty(), value, link.apply(state),
					row != null, outlier));
		}
		String[] shown = new String[3];
		for (int i = 0; i < 3; i++) {
			shown[i] = (cuts != null) ? WageFormat.format(column.kind(), table.options().unit(), cuts[i]) : "";
		}
		return new TileMap(tiles, shown[0], shown[1], shown[2], cuts != null, TileGrid.COLUMNS * (SIZE + GAP),
				TileGrid.ROWS * (SIZE + GAP));
	}

	/**
	 * Whether any tile's figure is far from the other states', for the legend.
	 * @return {@code true} when a tile carries the mark
	 */
	public boolean isAnyOutlier() {
		return this.tiles.stream().anyMatch((t) -> t.outlier().isPresent());
	}

	/**
	 * The tiles of one quartile class, for the text alternative.
	 * @param quartile 1 to 4
	 * @return the tiles, by name
	 */
	public List<Tile> inQuartile(int quartile) {
		return this.tiles.stream()
			.filter((t) -> t.quartile().isPresent() && t.quartile().getAsInt() == quartile)
			.sorted(java.util.Comparator.comparing(Tile::name))
			.toList();
	}

	/**
	 * The tiles without data (no row, or the figure missing), for the text alternative.
	 * @return the tiles, by name
	 */
	public List<Tile> withoutData() {
		return this.tiles.stream()
			.filter((t) -> t.quartile().isEmpty())
			.sorted(java.util.Comparator.comparing(Tile::name))
			.toList();
	}

	private static double scaled(OptionalDouble cut, WageTable table, Column column) {
		double value = cut.getAsDouble();
		return (column.isWage() && table.options().unit() == Unit.HOURLY) ? value / Unit.HOURS_A_YEAR : value;
	}

	static double[] cuts(Map<UsState, Double> values) {
		if (values.size() < QuartileClasses.MIN_STATES) {
			return null;
		}
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		percentile.setData(values.values().stream().mapToDouble(Double::doubleValue).toArray());
		return new double[] { percentile.evaluate(25), percentile.evaluate(50), percentile.evaluate(75) };
	}

	static Map<UsState, Integer> classes(Map<UsState, Double> values, double[] cuts) {
		Map<UsState, Integer> classes = new EnumMap<>(UsState.class);
		if (cuts == null) {
			return classes;
		}
		values.forEach(
				(state, v) -> classes.put(state, (v <= cuts[0]) ? 1 : (v <= cuts[1]) ? 2 : (v <= cuts[2]) ? 3 : 4));
		return classes;
	}

	/**
	 * One square of the map.
	 *
	 * @param state the state
	 * @param x left edge
	 * @param y top edge
	 * @param quartile 1 (lowest) to 4 (highest), empty without data
	 * @param value the metric as shown
	 * @param href the state's page
	 * @param inDataset whether the dataset has a row for the state
	 * @param outlier why the figure should be read with care, empty for most
	 */
	record Tile(UsState state, int x, int y, OptionalInt quartile, String value, String href, boolean inDataset,
			Optional<OutlierNote> outlier) {

		public String cssClass() {
			return this.quartile.isPresent() ? "tile q" + this.quartile.getAsInt() : "tile nodata";
		}

		public String code() {
			return this.state.postalCode();
		}

		public String name() {
			return this.state.title();
		}

		public int textX() {
			return this.x + SIZE / 2;
		}

		public int textY() {
			return this.y + SIZE / 2 + 5;
		}

		public String quartileKey() {
			return this.quartile.isPresent() ? "wages.map.quartile." + this.quartile.getAsInt() : "wages.map.noData";
		}

	}

}
