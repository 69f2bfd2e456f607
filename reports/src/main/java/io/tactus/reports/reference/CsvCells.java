package io.tactus.reports.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the cells of a reference CSV: blank cells are unknown, never zero.
 */
final class CsvCells {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final String resource;

	private final CSVRecord record;

	private CsvCells(String resource, CSVRecord record) {
		this.resource = resource;
		this.record = record;
	}

	static <T> List<T> read(String resource, Reader reader, List<String> requiredColumns,
			Function<CsvCells, T> mapper) {
		try (CSVParser parser = FORMAT.parse(reader)) {
			for (String column : requiredColumns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new ReferenceDataException(resource, 0, column, "missing column");
				}
			}
			List<T> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(mapper.apply(new CsvCells(resource, record)));
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static <T> List<T> readResource(String resource, List<String> requiredColumns, Function<CsvCells, T> mapper) {
		InputStream in = CsvCells.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new ReferenceDataException(resource, 0, null, "not found on the classpath");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return read(resource, reader, requiredColumns, mapper);
		}
		catch (IOException ex) {
			throw new ReferenceDataException(resource, "cannot be read", ex);
		}
	}

	String text(String column) {
		return this.record.isMapped(column) ? this.record.get(column) : "";
	}

	String requiredText(String column) {
		String text = text(column);
		if (text.isEmpty()) {
			throw fail(column, text, "required cell is empty");
		}
		return text;
	}

	OptionalDouble number(String column) {
		String text = text(column).replace(",", "");
		if (text.isEmpty()) {
			return OptionalDouble.empty();
		}
		try {
			double number = Double.parseDouble(text);
			if (!Double.isFinite(number)) {
				throw fail(column, text, "not a finite number");
			}
			return OptionalDouble.of(number);
		}
		catch (NumberFormatException ex) {
			throw fail(column, text, "not a number");
		}
	}

	int requiredInt(String column) {
		String text = requiredText(column);
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw fail(column, text, "not a whole number");
		}
	}

	ReferenceDataException fail(String column, String text, String message) {
		return new ReferenceDataException(this.resource, this.record.getRecordNumber(), text,
				"column " + column + ": " + message);
	}

}
