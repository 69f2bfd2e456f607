package io.tactus.reports.oews;

/**
 * Receives the rows of a spreadsheet, sheet by sheet, from a {@link XlsxCellRows} or
 * {@link CsvCellRows} source.
 */
interface RowVisitor {

	/**
	 * A sheet begins.
	 * @param name the sheet name (empty for CSV)
	 * @return {@code false} to skip the sheet
	 */
	boolean startSheet(String name);

	/**
	 * The sheet announces its last row (its dimension).
	 * @param lastRow the 1-based number of the last row
	 */
	default void dimension(int lastRow) {
	}

	/**
	 * A row that has at least one cell.
	 * @param rowNumber the 1-based row number
	 * @param cells the cells, valid only during the call
	 * @return {@code false} to stop reading this sheet
	 */
	boolean row(int rowNumber, RawCells cells);

	/**
	 * The sheet ended (or was stopped).
	 * @return {@code false} to stop reading the workbook
	 */
	boolean endSheet();

}
