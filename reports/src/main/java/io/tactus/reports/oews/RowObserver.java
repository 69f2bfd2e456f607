package io.tactus.reports.oews;

import java.util.List;

/**
 * Sees the header and every data row of the data sheet together with the row's findings,
 * while the file is being read; the errors workbook is written this way.
 */
interface RowObserver {

	/** An observer that ignores everything. */
	RowObserver NONE = new RowObserver() {
	};

	/**
	 * The header row of the data sheet.
	 * @param sheet the sheet name
	 * @param rowNumber the row number
	 * @param cells the cells, valid only during the call
	 */
	default void header(String sheet, int rowNumber, RawCells cells) {
	}

	/**
	 * A data row.
	 * @param rowNumber the row number
	 * @param cells the cells, valid only during the call
	 * @param findings the row's findings, valid only during the call
	 */
	default void row(int rowNumber, RawCells cells, List<Finding> findings) {
	}

}
