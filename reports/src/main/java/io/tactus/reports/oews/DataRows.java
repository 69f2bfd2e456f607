package io.tactus.reports.oews;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Validates the data rows under the header one by one ({@link RowParser}, then
 * {@link DuplicateRows}), passes the good ones to the {@link RowSink}, keeps the findings
 * and counts what was read, accepted, warned about, rejected and left out.
 */
final class DataRows {

	private final String sheet;

	private final HeaderColumns header;

	private final RowParser parser;

	private final DuplicateRows duplicates;

	private final RowSink sink;

	private final RowObserver observer;

	private final Findings findings;

	private final long expectedRows;

	private final List<Finding> rowFindings = new ArrayList<>();

	private long read;

	private long accepted;

	private long warned;

	private long rejected;

	private long leftOut;

	DataRows(String sheet, HeaderColumns header, long expectedRows, RowSink sink, RowObserver observer,
			Findings findings) {
		this.sheet = sheet;
		this.header = header;
		this.parser = header.parser();
		this.duplicates = new DuplicateRows(sheet, header.header(OewsColumn.OCC_CODE));
		this.expectedRows = expectedRows;
		this.sink = sink;
		this.observer = observer;
		this.findings = findings;
	}

	void row(int rowNumber, RawCells cells) {
		if (cells.isBlank()) {
			return;
		}
		this.read++;
		this.rowFindings.clear();
		String area = "";
		if (this.header.missingRequired()) {
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
			else if (this.duplicates.isDuplicate(row, this.rowFindings)) {
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

	OptionalLong expectedRows() {
		return (this.expectedRows > 0) ? OptionalLong.of(this.expectedRows) : OptionalLong.empty();
	}

	long read() {
		return this.read;
	}

	long accepted() {
		return this.accepted;
	}

	long warned() {
		return this.warned;
	}

	long rejected() {
		return this.rejected;
	}

	long leftOut() {
		return this.leftOut;
	}

}
