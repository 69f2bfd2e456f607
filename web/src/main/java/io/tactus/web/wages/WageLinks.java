package io.tactus.web.wages;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the wage pages, carrying the current choices; templates reach it as
 * {@code links}.
 *
 * @param selection the dataset and occupation
 * @param options the table options, {@code null} on pages without the table
 * @param contextPath the servlet context path every link starts with
 */
record WageLinks(Selection selection, TableOptions options, String contextPath) {

	/**
	 * The comparison page sorted by a column: the current column flips its direction,
	 * another starts in its natural order.
	 * @param column the column
	 * @return the link
	 */
	public String sort(Column column) {
		boolean descending = (column == this.options.sort()) ? !this.options.descending() : column.descendingFirst();
		return table("/wages").queryParam("sort", column.key())
			.queryParam("dir", descending ? "desc" : "asc")
			.build()
			.toUriString();
	}

	/**
	 * The direction a click on a column's header sorts in, for its label.
	 * @param column the column
	 * @return {@code asc} or {@code desc}
	 */
	public String nextDir(Column column) {
		boolean descending = (column == this.options.sort()) ? !this.options.descending() : column.descendingFirst();
		return descending ? "desc" : "asc";
	}

	/**
	 * An export of the current table.
	 * @param extension {@code xlsx} or {@code csv}
	 * @return the link
	 */
	public String export(String extension) {
		return table("/wages/export." + extension).queryParam("sort", this.options.sort().key())
			.queryParam("dir", this.options.dirKey())
			.build()
			.toUriString();
	}

	/**
	 * A state's page in the same dataset and occupation.
	 * @param code the postal code
	 * @return the link
	 */
	public String state(String code) {
		return base("/wages/states/" + code).build().toUriString();
	}

	/**
	 * The comparison of states in the same dataset and occupation.
	 * @return the link
	 */
	public String compare() {
		return base("/wages/compare").build().toUriString();
	}

	/**
	 * The table in the same dataset and occupation.
	 * @return the link
	 */
	public String states() {
		return base("/wages").build().toUriString();
	}

	/**
	 * Where the choosers' form is sent (its fields carry the choices).
	 * @return the link
	 */
	public String form() {
		return this.contextPath + "/wages";
	}

	private UriComponentsBuilder table(String path) {
		return base(path).queryParam("metric", this.options.metricColumn().key())
			.queryParam("unit", this.options.unit().key())
			.queryParam("basis", this.options.basis().key());
	}

	private UriComponentsBuilder base(String path) {
		return UriComponentsBuilder.fromPath(this.contextPath + path)
			.queryParam("year", this.selection.year())
			.queryParam("occupation", this.selection.occupation().code());
	}

}
