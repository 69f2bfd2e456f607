package io.tactus.core.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV reference files under {@code data/billing/} from the classpath.
 */
public final class ReferenceData {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.get();

	private ReferenceData() {
	}

	/**
	 * Read every record of a CSV resource with a header row.
	 * @param resource the absolute classpath resource, e.g.
	 * {@code /data/billing/codes.csv}
	 * @return the records
	 * @throws ReferenceDataException when the resource is missing or unreadable
	 */
	public static List<CSVRecord> readCsv(String resource) {
		InputStream in = ReferenceData.class.getResourceAsStream(resource);
		if (in == null) {
			throw new ReferenceDataException(resource, 0, "not found on the classpath", null);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return FORMAT.parse(reader).getRecords();
		}
		catch (IOException | RuntimeException ex) {
			throw new ReferenceDataException(resource, 0, "cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A cell that may be empty.
	 * @param row the record
	 * @param column the header name
	 * @return the trimmed text, or empty when the cell is blank
	 */
	public static Optional<String> text(CSVRecord row, String column) {
		String value = row.isMapped(column) ? row.get(column) : "";
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
	}

	/**
	 * A cell that must have text.
	 * @param resource the file, for the error message
	 * @param row the record
	 * @param column the header name
	 * @return the trimmed text
	 */
	public static String required(String resource, CSVRecord row, String column) {
		return text(row, column).orElseThrow(() -> new ReferenceDataException(resource, row.getRecordNumber(),
				"column '" + column + "' is empty", null));
	}

	/**
	 * A whole-number cell that may be empty.
	 * @param resource the file, for the error message
	 * @param row the record
	 * @param column the header name
	 * @return the number, or empty when the cell is blank
	 */
	public static OptionalInt integer(String resource, CSVRecord row, String column) {
		Optional<String> text = text(row, column);
		if (text.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			return OptionalInt.of(Integer.parseInt(text.get()));
		}
		catch (NumberFormatException ex) {
			throw new ReferenceDataException(resource, row.getRecordNumber(),
					"column '" + column + "' is not a whole number: '" + text.get() + "'", ex);
		}
	}

	/**
	 * A decimal cell that may be empty.
	 * @param resource the file, for the error message
	 * @param row the record
	 * @param column the header name
	 * @return the number, or empty when the cell is blank
	 */
	public static Optional<BigDecimal> decimal(String resource, CSVRecord row, String column) {
		Optional<String> text = text(row, column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(text.get()));
		}
		catch (NumberFormatException ex) {
			throw new ReferenceDataException(resource, row.getRecordNumber(),
					"column '" + column + "' is not a number: '" + text.get() + "'", ex);
		}
	}

	/**
	 * An enum cell.
	 * @param <E> the enum type
	 * @param resource the file, for the error message
	 * @param row the record
	 * @param column the header name
	 * @param type the enum class
	 * @return the constant, or empty when the cell is blank
	 */
	public static <E extends Enum<E>> Optional<E> constant(String resource, CSVRecord row, String column,
			Class<E> type) {
		Optional<String> text = text(row, column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, text.get()));
		}
		catch (IllegalArgumentException ex) {
			throw new ReferenceDataException(resource, row.getRecordNumber(),
					"column '" + column + "' has an unknown value: '" + text.get() + "'", ex);
		}
	}

}
