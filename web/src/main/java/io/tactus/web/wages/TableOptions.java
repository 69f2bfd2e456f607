package io.tactus.web.wages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.StateComparison;

/**
 * How the state table is shown: the metric the map colours by, hourly or annual, raw or
 * adjusted for prices, and the sort.
 *
 * @param metric the measure the map is coloured by, one the dataset has
 * @param unit hourly or annual wages
 * @param basis published or adjusted for the cost of living
 * @param sort the column sorted by
 * @param descending whether from the highest value down
 * @param notPublished the metric asked for when the dataset has none of it (the map then
 * shows {@code metric} instead and the page says so), empty otherwise
 */
record TableOptions(Measure metric, Unit unit, Basis basis, Column sort, boolean descending,
		Optional<Measure> notPublished) {

	/** The measures tried, in order, for the default metric. */
	private static final List<Measure> DEFAULT_METRICS = List.of(Measure.ANNUAL_MEDIAN, Measure.ANNUAL_MEAN,
			Measure.EMPLOYMENT, Measure.LOCATION_QUOTIENT);

	TableOptions {
		Objects.requireNonNull(notPublished, "notPublished");
	}

	/**
	 * Reads the request parameters. A metric the dataset has no figure of (the median in
	 * May 2019) falls back to the default metric, and a sort by a column without figures
	 * to the metric's column, so a change of year never leaves an empty map or an
	 * unsorted table.
	 * @param comparison the comparison shown, for the default metric (the first of
	 * median, mean, employment that any state has)
	 * @param metric the {@code metric} parameter
	 * @param unit the {@code unit} parameter
	 * @param basis the {@code basis} parameter
	 * @param sort the {@code sort} parameter
	 * @param dir the {@code dir} parameter
	 * @return the options
	 * @throws InvalidWageParameterException naming the parameter that cannot be used
	 */
	static TableOptions parse(StateComparison comparison, String metric, String unit, String basis, String sort,
			String dir) {
		Measure asked = blank(metric) ? defaultMetric(comparison) : Column.parse(metric, "metric")
			.measure()
			.orElseThrow(() -> new InvalidWageParameterException("metric", metric, "wages.invalid.reason.metric"));
		Measure measure = hasData(comparison, asked) ? asked : defaultMetric(comparison);
		Optional<Measure> notPublished = (measure != asked) ? Optional.of(asked) : Optional.empty();
		Column column = blank(sort) ? Column.of(measure) : Column.parse(sort, "sort");
		boolean fallBack = !hasData(comparison, column);
		if (fallBack) {
			column = Column.of(measure);
		}
		boolean descending;
		if (blank(dir) || fallBack) {
			descending = column.descendingFirst();
		}
		else if (dir.trim().equalsIgnoreCase("desc")) {
			descending = true;
		}
		else if (dir.trim().equalsIgnoreCase("asc")) {
			descending = false;
		}
		else {
			throw new InvalidWageParameterException("dir", dir, "wages.invalid.reason.dir");
		}
		return new TableOptions(measure, Unit.parse(unit), Basis.parse(basis), column, descending, notPublished);
	}

	static Measure defaultMetric(StateComparison comparison) {
		for (Measure measure : DEFAULT_METRICS) {
			if (hasData(comparison, measure)) {
				return measure;
			}
		}
		return Measure.ANNUAL_MEDIAN;
	}

	/**
	 * Whether any state has a figure of a measure.
	 * @param comparison the comparison
	 * @param measure the measure
	 * @return {@code true} when at least one state has it
	 */
	static boolean hasData(StateComparison comparison, Measure measure) {
		return comparison.states().stream().anyMatch((s) -> s.value(measure).isPresent());
	}

	/**
	 * Whether any state has a figure in a column (the state's name always counts).
	 * @param comparison the comparison
	 * @param column the column
	 * @return {@code true} when the column can be sorted by
	 */
	static boolean hasData(StateComparison comparison, Column column) {
		return switch (column) {
			case STATE -> true;
			case RANK -> comparison.states().stream().anyMatch((s) -> s.medianRank().isPresent());
			case VS_NATIONAL -> comparison.states().stream().anyMatch((s) -> s.medianVsNationalPercent().isPresent());
			case RPP -> comparison.costOfLiving().rows().stream().anyMatch((r) -> r.rpp().isPresent());
			case DEMAND -> comparison.demand().scores().stream().anyMatch((d) -> d.score().isPresent());
			default -> hasData(comparison, column.measure().orElseThrow());
		};
	}

	public Column metricColumn() {
		return Column.of(this.metric);
	}

	/**
	 * The column of the metric asked for but not published.
	 * @return the column, or {@code null} when the metric asked for is shown
	 */
	public Column notPublishedColumn() {
		return this.notPublished.map(Column::of).orElse(null);
	}

	public String dirKey() {
		return this.descending ? "desc" : "asc";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
