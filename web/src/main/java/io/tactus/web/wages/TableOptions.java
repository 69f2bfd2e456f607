package io.tactus.web.wages;

import java.util.List;

import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.StateComparison;

/**
 * How the state table is shown: the metric the map colours by, hourly or annual, raw or
 * adjusted for prices, and the sort.
 *
 * @param metric the measure the map is coloured by
 * @param unit hourly or annual wages
 * @param basis published or adjusted for the cost of living
 * @param sort the column sorted by
 * @param descending whether from the highest value down
 */
record TableOptions(Measure metric, Unit unit, Basis basis, Column sort, boolean descending) {

	/** The measures tried, in order, for the default metric. */
	private static final List<Measure> DEFAULT_METRICS = List.of(Measure.ANNUAL_MEDIAN, Measure.ANNUAL_MEAN,
			Measure.EMPLOYMENT, Measure.LOCATION_QUOTIENT);

	/**
	 * Reads the request parameters.
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
		Measure measure = blank(metric) ? defaultMetric(comparison) : Column.parse(metric, "metric")
			.measure()
			.orElseThrow(() -> new InvalidWageParameterException("metric", metric, "wages.invalid.reason.metric"));
		Column column = blank(sort) ? Column.of(measure) : Column.parse(sort, "sort");
		boolean descending;
		if (blank(dir)) {
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
		return new TableOptions(measure, Unit.parse(unit), Basis.parse(basis), column, descending);
	}

	static Measure defaultMetric(StateComparison comparison) {
		for (Measure measure : DEFAULT_METRICS) {
			if (comparison.states().stream().anyMatch((s) -> s.value(measure).isPresent())) {
				return measure;
			}
		}
		return Measure.ANNUAL_MEDIAN;
	}

	public Column metricColumn() {
		return Column.of(this.metric);
	}

	public String dirKey() {
		return this.descending ? "desc" : "asc";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
