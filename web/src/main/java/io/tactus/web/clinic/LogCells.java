package io.tactus.web.clinic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalInt;

import io.tactus.web.clinic.VisitLogReader.LogRow;

/**
 * The cells of one visit-log row, read by column as text, date or number; a cell that is
 * missing or does not parse is added to the import's problems.
 */
final class LogCells {

	private final LogRow row;

	private final Map<VisitLogColumn, Integer> columns;

	private final ImportProblems problems;

	LogCells(LogRow row, Map<VisitLogColumn, Integer> columns, ImportProblems problems) {
		this.row = row;
		this.columns = columns;
		this.problems = problems;
	}

	String text(VisitLogColumn column) {
		String value = this.row.cell(this.columns.getOrDefault(column, -1));
		if (value.isEmpty() && column.required()) {
			this.problems.add(this.row.number(), column, value, "clinic.import.required");
		}
		return value;
	}

	LocalDate date(VisitLogColumn column) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				this.problems.add(this.row.number(), column, value, "clinic.import.dateRange");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			this.problems.add(this.row.number(), column, value, "clinic.import.badDate");
			return null;
		}
	}

	OptionalInt number(VisitLogColumn column, int max) {
		String value = text(column);
		if (value.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			int number = Integer.parseInt(value);
			if (number < 0 || number > max) {
				this.problems.add(this.row.number(), column, value, "clinic.import.outOfRange");
				return OptionalInt.empty();
			}
			return OptionalInt.of(number);
		}
		catch (NumberFormatException ex) {
			this.problems.add(this.row.number(), column, value, "clinic.import.notANumber");
			return OptionalInt.empty();
		}
	}

}
