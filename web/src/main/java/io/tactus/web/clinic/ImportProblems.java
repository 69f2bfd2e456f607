package io.tactus.web.clinic;

import java.util.ArrayList;
import java.util.List;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.web.billing.ServiceProblems;

/**
 * The problems of one visit-log import: counted, the first
 * {@value VisitImportService#MAX_PROBLEMS} listed with row, column and value.
 */
final class ImportProblems {

	private static final int MAX_PROBLEMS = VisitImportService.MAX_PROBLEMS;

	private final List<ImportProblem> listed = new ArrayList<>();

	private int total;

	private int lastRow = -1;

	void add(int row, VisitLogColumn column, String value, String key) {
		add(row, column.header(), value, key);
	}

	void add(int row, String column, String value, String key) {
		this.total++;
		this.lastRow = row;
		if (this.listed.size() < MAX_PROBLEMS) {
			this.listed.add(new ImportProblem(row, column, value, key));
		}
	}

	void add(int row, String column, String value, String key, String detail) {
		this.total++;
		if (this.listed.size() < MAX_PROBLEMS) {
			this.listed.add(new ImportProblem(row, column, value, key, detail));
		}
	}

	boolean rowHasProblems(int row) {
		return this.lastRow == row;
	}

	void addEngine(List<Integer> rows, InvalidServiceException ex) {
		int row = ex.line().isPresent() ? rows.get(Math.min(ex.line().getAsInt(), rows.size() - 1)) : rows.get(0);
		String column = switch (ex.field()) {
			case SERVICES -> (ex.reason() == InvalidServiceException.Reason.VISIT_TOO_LONG)
					? VisitLogColumn.MINUTES.header() : VisitLogColumn.CODE.header();
			case MINUTES -> VisitLogColumn.MINUTES.header();
			case BILLED_UNITS -> VisitLogColumn.BILLED_UNITS.header();
			case MODIFIERS -> VisitLogColumn.MODIFIERS.header();
			case BODY_REGION -> VisitLogColumn.BODY_REGION.header();
			case LINE, CODE -> VisitLogColumn.CODE.header();
		};
		this.total++;
		if (this.listed.size() < MAX_PROBLEMS) {
			this.listed
				.add(new ImportProblem(row, column, ex.value(), "clinic.import.engine", ServiceProblems.reason(ex)));
		}
	}

	VisitImportException exception() {
		return new VisitImportException(this.listed, this.total);
	}

	int total() {
		return this.total;
	}

	/**
	 * A file refused for one problem.
	 */
	static VisitImportException refused(int row, String column, String value, String key) {
		return new VisitImportException(List.of(new ImportProblem(row, column, value, key)), 1);
	}

}
