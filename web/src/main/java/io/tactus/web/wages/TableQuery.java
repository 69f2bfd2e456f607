package io.tactus.web.wages;

import io.tactus.reports.statistics.StateComparison;

/**
 * The query parameters of the state table, shared by the page and its exports; each may
 * be missing, and each is checked where it is used.
 *
 * @param year the dataset's survey year
 * @param occupation the SOC code
 * @param metric the figure that colours the map
 * @param unit {@code annual} or {@code hourly}
 * @param basis {@code raw} or {@code adjusted}
 * @param sort the column to sort by
 * @param dir {@code asc} or {@code desc}
 */
record TableQuery(String year, String occupation, String metric, String unit, String basis, String sort, String dir) {

	/**
	 * How the table is shown for this comparison.
	 * @param comparison the comparison
	 * @return the options
	 * @throws InvalidWageParameterException naming a parameter with a value that is not
	 * allowed
	 */
	TableOptions options(StateComparison comparison) {
		return TableOptions.parse(comparison, this.metric, this.unit, this.basis, this.sort, this.dir);
	}

}
