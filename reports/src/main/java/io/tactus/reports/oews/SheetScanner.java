package io.tactus.reports.oews;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Finds the data sheet of a workbook by its header (the first sheet with an OCC_CODE
 * column among its first rows), maps the header to {@link OewsColumn}s, then validates
 * every data row and passes the good ones on; it also does the checks that span rows
 * (duplicate keys, no data).
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

	private final List<Finding> rowFindings = new ArrayList<>();

	private final KeyTable keys = new KeyTable();

	private final Map<OewsColumn, String> headers = new EnumMap<>(OewsColumn.class);

	private final List<String> ignoredColumns = new ArrayList<>();

	private String sheet = "";

	private int rowsExamined;

	private int lastRow;

	private boolean inDataSheet;

	private boolean dataSheetFound;

	private List<String> firstRow = List.of();

	private String firstRowSheet = "";

	private int headerRow;

	private RowParser parser;

	private boolean missingRequired;

	private long expectedRows = -1;

	private long read;

	private long accepted;

	private long warned;

	private long rejected;

	private long leftOut;

	SheetScanner(String fileName, RowSink sink, RowObserver observer, int findingsPerKind) {
		this.fileName = fileName;
		this.sink = sink;
		this.observer = observer;
		this.findings = new Findings(findingsPerKind);
	}

	@Override
	public boolean startSheet(String name) {
		if (this.dataSheetFound) {
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
			dataRow(rowNumber, cells);
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
			this.dataSheetFound = true;
			header(rowNumber, texts(cells));
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

	private void header(int rowNumber, List<String> cells) {
		this.headerRow = rowNumber;
		Map<OewsColumn, Integer> columns = new EnumMap<>(OewsColumn.class);
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).strip();
			if (text.isEmpty()) {
				continue;
			}
			OewsColumn column = OewsColumn.ofHeader(text).orElse(null);
			if (column == null) {
				this.ignoredColumns.add(text);
			}
			else if (columns.containsKey(column)) {
				this.findings.add(Finding.of(FindingKind.DUPLICATE_COLUMN, this.sheet, rowNumber, text, "",
						"\"" + text + "\" is the same column as \"" + this.headers.get(column)
								+ "\", which comes first and is the one read."));
			}
			else {
				columns.put(column, i);
				this.headers.put(column, text);
			}
		}
		requireColumns(rowNumber, columns);
		this.parser = new RowParser(this.sheet, columns, this.headers);
		if (this.lastRow > rowNumber) {
			this.expectedRows = this.lastRow - rowNumber;
		}
	}

	private void requireColumns(int rowNumber, Map<OewsColumn, Integer> columns) {
		String where = this.sheet.isEmpty() ? "the header row" : "the header row of sheet \"" + this.sheet + "\"";
		if (!columns.containsKey(OewsColumn.AREA)) {
			missing(rowNumber, "AREA", "Column AREA is missing from " + where
					+ "; every row needs its area code (99 for the U.S., the state FIPS code such as 02).");
		}
		if (!columns.containsKey(OewsColumn.OCC_CODE) || !this.dataSheetFound) {
			missing(rowNumber, "OCC_CODE",
					"Column OCC_CODE is missing: no sheet has a header row with OCC_CODE and at least "
							+ (MIN_HEADER_COLUMNS - 1) + " other OEWS columns (looked at the first "
							+ HEADER_SEARCH_ROWS + " rows of " + sheetList() + ").");
		}
		if (columns.keySet().stream().noneMatch(OewsColumn::isWage)) {
			String wages = Arrays.stream(OewsColumn.values())
				.filter(OewsColumn::isWage)
				.map(OewsColumn::name)
				.collect(Collectors.joining(", "));
			missing(rowNumber, "H_MEAN", "No wage column in " + where + ": at least one of " + wages + " is needed.");
		}
	}

	private String sheetList() {
		if (this.sheetNames.size() == 1 && this.sheetNames.get(0).isEmpty()) {
			return "the file";
		}
		return this.sheetNames.stream().map((name) -> "\"" + name + "\"").collect(Collectors.joining(", "));
	}

	private void missing(int rowNumber, String column, String message) {
		this.missingRequired = true;
		this.findings.add(Finding.of(FindingKind.MISSING_COLUMN, this.sheet, rowNumber, column, "", message));
	}

	private void dataRow(int rowNumber, RawCells cells) {
		if (cells.isBlank()) {
			return;
		}
		this.read++;
		this.rowFindings.clear();
		String area = "";
		if (this.missingRequired) {
			this.rejected++;
		}
		else if (isNote(cells)) {
			this.leftOut++;
			this.rowFindings.add(Finding.of(FindingKind.ROW_WITHOUT_KEY, this.sheet, rowNumber, "", "",
					"The row has neither AREA nor OCC_CODE, so it was left out (a note under the table?)."));
		}
		else {
			WageRow row = this.parser.parse(rowNumber, cells, this.rowFindings);
			area = row.areaTitle().isEmpty() ? row.areaCode() : row.areaTitle();
			if (hasError()) {
				this.rejected++;
			}
			else if (checkDuplicate(row)) {
				if (hasError()) {
					this.rejected++;
				}
				else {
					this.leftOut++;
				}
			}
			else {
				this.accepted++;
				if (!this.rowFindings.isEmpty()) {
					this.warned++;
				}
				this.sink.accept(row);
			}
		}
		for (Finding finding : this.rowFindings) {
			this.findings.add(finding.withArea(area));
		}
		this.observer.row(rowNumber, cells, this.rowFindings);
		if (this.read % OewsReader.PROGRESS_INTERVAL == 0) {
			this.sink.progress(this.read, expectedRows());
		}
	}

	/**
	 * A note under the table: no AREA, no OCC_CODE and at most two cells with text. A row
	 * with more is data that lost its codes, and is reported as such.
	 */
	private boolean isNote(RawCells cells) {
		if (!this.parser.isBlank(cells, OewsColumn.AREA) || !this.parser.isBlank(cells, OewsColumn.OCC_CODE)) {
			return false;
		}
		int filled = 0;
		for (int i = 0; i < cells.width(); i++) {
			if (!cells.text(i).isBlank() && ++filled > 2) {
				return false;
			}
		}
		return true;
	}

	private boolean hasError() {
		for (Finding finding : this.rowFindings) {
			if (finding.isError()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks the (area, occupation, industry, ownership) key; a repeat with the same
	 * figures under another occupation level (national {@code broad} and {@code detailed}
	 * rows) is fine.
	 * @return {@code true} when the row must not be passed on
	 */
	private boolean checkDuplicate(WageRow row) {
		long key = new KeyTable.Hash().add(row.areaCode())
			.add(row.occupationCode())
			.add(row.naics())
			.add(row.ownershipCode())
			.value();
		KeyTable.Hash values = new KeyTable.Hash();
		add(values, row.employment());
		add(values, row.employmentRse());
		add(values, row.jobsPer1000());
		add(values, row.locationQuotient());
		add(values, row.percentOfIndustry());
		add(values, row.percentReporting());
		add(values, row.hourlyMean());
		add(values, row.annualMean());
		add(values, row.meanRse());
		add(values, row.hourly());
		add(values, row.annual());
		values.add((row.annualOnly() ? 1 : 0) + (row.hourlyOnly() ? 2 : 0));
		int group = row.occupationGroup().toLowerCase(Locale.ROOT).hashCode();
		int slot = this.keys.putIfAbsent(key, values.value(), group, row.sourceRow());
		if (slot < 0) {
			return false;
		}
		int earlier = this.keys.row(slot);
		String keyText = row.areaCode() + ", " + row.occupationCode() + ", " + row.naics() + ", " + row.ownershipCode();
		if (this.keys.value(slot) != values.value()) {
			this.rowFindings
				.add(Finding.of(FindingKind.DUPLICATE_KEY, this.sheet, row.sourceRow(), header(OewsColumn.OCC_CODE),
						row.occupationCode(), "Same AREA, OCC_CODE, NAICS and OWN_CODE (" + keyText + ") as row "
								+ earlier + " but different figures; keep only one of the two rows."));
			return true;
		}
		if (this.keys.group(slot) != group) {
			return false;
		}
		this.rowFindings.add(Finding.of(FindingKind.REPEATED_ROW, this.sheet, row.sourceRow(),
				header(OewsColumn.OCC_CODE), row.occupationCode(),
				"Repeats row " + earlier + " (" + keyText + ") exactly; the repeat was left out."));
		return true;
	}

	private static void add(KeyTable.Hash hash, Percentiles percentiles) {
		add(hash, percentiles.p10());
		add(hash, percentiles.p25());
		add(hash, percentiles.median());
		add(hash, percentiles.p75());
		add(hash, percentiles.p90());
	}

	private static void add(KeyTable.Hash hash, Figure figure) {
		hash.add(figure.isKnown() ? Double.doubleToLongBits(figure.value().getAsDouble()) : -figure.state().ordinal());
	}

	private String header(OewsColumn column) {
		return this.headers.getOrDefault(column, column.name());
	}

	private OptionalLong expectedRows() {
		return (this.expectedRows > 0) ? OptionalLong.of(this.expectedRows) : OptionalLong.empty();
	}

	ReadReport finish(ReadReport.SourceFormat format) {
		if (!this.dataSheetFound) {
			String savedSheet = this.sheet;
			this.sheet = this.firstRowSheet;
			header(0, this.firstRow);
			this.sheet = savedSheet;
			this.headerRow = 0;
			this.ignoredColumns.clear();
			this.headers.clear();
		}
		else if (this.read == 0 && !this.missingRequired) {
			this.findings.add(Finding.of(FindingKind.NO_DATA_ROWS, this.sheet, 0, "", "",
					"The sheet has a header but no data rows."));
		}
		this.sink.progress(this.read, expectedRows());
		String dataSheet = this.dataSheetFound ? this.sheet : "";
		return new ReadReport(this.fileName, format, dataSheet, SurveyYears.detect(dataSheet, this.fileName),
				this.headerRow, this.headers, this.ignoredColumns, this.read, this.accepted, this.warned, this.rejected,
				this.leftOut, this.findings.kept(), this.findings.counts());
	}

}
