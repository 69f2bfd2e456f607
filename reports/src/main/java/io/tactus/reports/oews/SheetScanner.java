package io.tactus.reports.oews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Finds the data sheet of a workbook by its header (the first sheet with an OCC_CODE
 * column among its first rows), has the header mapped ({@link HeaderColumns}), hands the
 * rows under it to {@link DataRows}, and sums up what was read in a {@link ReadReport}
 * (with the checks that span the file: no header, no data).
 */
final class SheetScanner implements RowVisitor {

	/** How many non-empty rows of a sheet are searched for the header. */
	static final int HEADER_SEARCH_ROWS = 20;

	/** How many OEWS columns, OCC_CODE among them, a header row names at least. */
	static final int MIN_HEADER_COLUMNS = 3;

	private final String fileName;

	private final RowSink sink;

	private final RowObserver observer;

	private final Findings findings;

	private final List<String> sheetNames = new ArrayList<>();

	private String sheet = "";

	private int rowsExamined;

	private int lastRow;

	private boolean inDataSheet;

	private List<String> firstRow = List.of();

	private String firstRowSheet = "";

	private int headerRow;

	private HeaderColumns header;

	private DataRows data;

	SheetScanner(String fileName, RowSink sink, RowObserver observer, int findingsPerKind) {
		this.fileName = fileName;
		this.sink = sink;
		this.observer = observer;
		this.findings = new Findings(findingsPerKind);
	}

	@Override
	public boolean startSheet(String name) {
		if (this.data != null) {
			return false;
		}
		this.sheet = name;
		this.sheetNames.add(name);
		this.rowsExamined = 0;
		this.lastRow = -1;
		return true;
	}

	@Override
	public void dimension(int lastRow) {
		this.lastRow = lastRow;
	}

	@Override
	public boolean row(int rowNumber, RawCells cells) {
		if (this.inDataSheet) {
			this.data.row(rowNumber, cells);
			return true;
		}
		if (cells.isBlank()) {
			return true;
		}
		this.rowsExamined++;
		if (this.firstRow.isEmpty()) {
			this.firstRow = texts(cells);
			this.firstRowSheet = this.sheet;
		}
		if (isHeader(cells)) {
			this.inDataSheet = true;
			this.headerRow = rowNumber;
			this.header = HeaderColumns.map(this.sheet, rowNumber, texts(cells), true, sheetList(), this.findings);
			long expectedRows = (this.lastRow > rowNumber) ? this.lastRow - rowNumber : -1;
			this.data = new DataRows(this.sheet, this.header, expectedRows, this.sink, this.observer, this.findings);
			this.observer.header(this.sheet, rowNumber, cells);
			return true;
		}
		return this.rowsExamined < HEADER_SEARCH_ROWS;
	}

	@Override
	public boolean endSheet() {
		if (this.inDataSheet) {
			this.inDataSheet = false;
			return false;
		}
		return true;
	}

	/**
	 * A header row names OCC_CODE and at least two other OEWS columns, so a field list
	 * with one column name a row (BLS's "Field Descriptions" sheet) is not taken for one.
	 */
	private static boolean isHeader(RawCells cells) {
		boolean occupation = false;
		int columns = 0;
		for (int i = 0; i < cells.width(); i++) {
			if (cells.isNumber(i)) {
				continue;
			}
			OewsColumn column = OewsColumn.ofHeader(cells.text(i)).orElse(null);
			if (column != null) {
				columns++;
				occupation |= column == OewsColumn.OCC_CODE;
			}
		}
		return occupation && columns >= MIN_HEADER_COLUMNS;
	}

	private static List<String> texts(RawCells cells) {
		List<String> texts = new ArrayList<>(cells.width());
		for (int i = 0; i < cells.width(); i++) {
			texts.add(cells.text(i));
		}
		return texts;
	}

	private String sheetList() {
		if (this.sheetNames.size() == 1 && this.sheetNames.get(0).isEmpty()) {
			return "the file";
		}
		return this.sheetNames.stream().map((name) -> "\"" + name + "\"").collect(Collectors.joining(", "));
	}

	ReadReport finish(ReadReport.SourceFormat format) {
		if (this.data == null) {
			HeaderColumns.map(this.firstRowSheet, 0, this.firstRow, false, sheetList(), this.findings);
			this.sink.progress(0, (this.lastRow > 0) ? OptionalLong.of(this.lastRow) : OptionalLong.empty());
			return new ReadReport(this.fileName, format, "", SurveyYears.detect("", this.fileName), 0, Map.of(),
					List.of(), 0, 0, 0, 0, 0, this.findings.kept(), this.findings.counts());
		}
		DataRows rows = this.data;
		if (rows.read() == 0 && !this.header.missingRequired()) {
			this.findings.add(Finding.of(FindingKind.NO_DATA_ROWS, this.sheet, 0, "", "",
					"The sheet has a header but no data rows."));
		}
		this.sink.progress(rows.read(), rows.expectedRows());
		return new ReadReport(this.fileName, format, this.sheet, SurveyYears.detect(this.sheet, this.fileName),
				this.headerRow, this.header.headers(), this.header.ignored(), rows.read(), rows.accepted(),
				rows.warned(), rows.rejected(), rows.leftOut(), this.findings.kept(), this.findings.counts());
	}

}
