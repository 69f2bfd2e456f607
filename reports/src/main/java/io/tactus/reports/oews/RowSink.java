package io.tactus.reports.oews;

import java.util.OptionalLong;

/**
 * Receives the rows of a wage table while it is being read, one at a time, so that a
 * large upload never has to fit in memory.
 */
@FunctionalInterface
public interface RowSink {

	/**
	 * A row without errors (it may carry warnings). Rows with errors are not passed on.
	 * @param row the row
	 */
	void accept(WageRow row);

	/**
	 * Progress, called every {@link OewsReader#PROGRESS_INTERVAL} data rows and once at
	 * the end.
	 * @param rowsRead data rows read so far, accepted or not
	 * @param expectedRows the data rows the sheet announces (its dimension), when known
	 */
	default void progress(long rowsRead, OptionalLong expectedRows) {
	}

}
