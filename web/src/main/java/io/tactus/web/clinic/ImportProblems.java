package io.tactus.web.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.core.billing.InvalidServiceException;

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
		String field = ex.field();
		int row = rows.get(0);
		String column = "code";
		Matcher matcher = Pattern.compile("services\\[(\\d+)\\](?:\\.(\\w+))?").matcher(field);
		if (matcher.matches()) {
			int index = Integer.parseInt(matcher.group(1));
			row = rows.get(Math.min(index, rows.size() - 1));
			String name = matcher.group(2);
			column = (name == null) ? "code" : switch (name) {
				case "minutes" -> VisitLogColumn.MINUTES.header();
				case "billedUnits" -> VisitLogColumn.BILLED_UNITS.header();
				default -> VisitLogColumn.CODE.header();
			};
		}
		else if (field.equals("services")) {
			column = VisitLogColumn.MINUTES.header();
		}
		this.total++;
		if (this.listed.size() < MAX_PROBLEMS) {
			this.listed.add(new ImportProblem(row, column, ex.value(), "clinic.import.engine", ex.reason()));
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
