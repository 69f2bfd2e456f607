package io.tactus.reports.oews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tactus.reports.oews.OewsFileException.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a CSV file (UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the file is not valid UTF-8) as one sheet with an empty name; every
 * cell is text and the row number is the record number, which is the line number when no
 * cell spans lines. A {@link CsvGuard} stops a record past the limits of
 * {@link SpreadsheetRows} before the parser holds it.
 */
final class CsvCellRows {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private CsvCellRows() {
	}

	/**
	 * UTF-8 when the whole file is valid UTF-8, else Windows-1252 (what Excel's "CSV
	 * (Comma delimited)" writes on Windows, e.g. for "Cañon City, CO").
	 */
	static Charset charset(Path file) throws IOException {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] buffer = new char[1 << 14];
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
			while (reader.read(buffer) >= 0) {
				// decoding is the check
			}
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_1252;
		}
	}

	static void read(Path file, String fileName, RowVisitor visitor) throws IOException, OewsFileException {
		try {
			readGuarded(file, fileName, visitor);
		}
		catch (CsvGuard.Breach breach) {
			throw breach.refusal(fileName);
		}
	}

	private static void readGuarded(Path file, String fileName, RowVisitor visitor)
			throws IOException, OewsFileException {
		CharsetDecoder decoder = charset(file).newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		try (BufferedReader reader = new BufferedReader(
				new CsvGuard(new InputStreamReader(Files.newInputStream(file), decoder)), 1 << 16)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			if (!visitor.startSheet("")) {
				return;
			}
			RawCells cells = new RawCells();
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
				for (CSVRecord record : parser) {
					cells.clear();
					for (int i = 0; i < record.size(); i++) {
						cells.set(i, record.get(i), false);
					}
					if (cells.isBlank()) {
						continue;
					}
					if (!visitor.row((int) record.getRecordNumber(), cells)) {
						break;
					}
				}
			}
			catch (UncheckedIOException ex) {
				throw new OewsFileException(fileName, Reason.DAMAGED, "\"" + UploadSafety.baseName(fileName)
						+ "\" could not be read as CSV: " + ex.getCause().getMessage(), ex);
			}
			visitor.endSheet();
		}
	}

}
