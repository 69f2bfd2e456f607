package io.tactus.web.datasets;

/**
 * How far an import has come, for the page that polls it.
 *
 * @param stage what it is doing ({@code queued}, {@code reading}, {@code saving})
 * @param rowsRead data rows read so far
 * @param expectedRows rows the sheet announces, 0 when unknown
 */
record ImportProgress(String stage, long rowsRead, long expectedRows) {

	static final ImportProgress QUEUED = new ImportProgress("queued", 0, 0);

	/**
	 * The share done, when the row count is known.
	 * @return 0 to 100, or -1 when unknown
	 */
	public int percent() {
		return (this.expectedRows > 0) ? (int) Math.min(100, this.rowsRead * 100 / this.expectedRows) : -1;
	}

}
