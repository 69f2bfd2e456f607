package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Reads and validates an OEWS wage table as BLS publishes it: an {@code .xlsx} state,
 * national, metro or all-data workbook of any year since 2011, or the same columns as
 * CSV. Rows are streamed to a {@link RowSink} one at a time, so memory stays flat for a
 * 400,000-row all-data workbook.
 *
 * <pre class="code">
 * ReadReport report = OewsReader.read(upload.getInputStream(), upload.getOriginalFilename(), rows::add);
 * if (!report.isAccepted()) { ... report.findings() ... }
 * </pre>
 */
public final class OewsReader {

	/** Data rows between two {@link RowSink#progress} calls. */
	public static final int PROGRESS_INTERVAL = 1000;

	/** Findings of one kind kept in a {@link ReadReport}; more are counted only. */
	public static final int FINDINGS_KEPT_PER_KIND = 200;

	private OewsReader() {
	}

	/**
	 * Reads an uploaded file.
	 * @param file the file
	 * @param fileName the name it was uploaded with (decides nothing but CSV-or-not for
	 * text files, the survey year when the sheet does not tell, and messages)
	 * @param sink receives the accepted rows and progress
	 * @return what was read and found
	 * @throws IOException when the file cannot be read from disk
	 * @throws OewsFileException when the file is not a wage table that can be read at all
	 */
	public static ReadReport read(Path file, String fileName, RowSink sink) throws IOException, OewsFileException {
		return read(file, fileName, sink, RowObserver.NONE);
	}

	/**
	 * Reads an uploaded stream; the stream is copied to a temporary file first (a zip
	 * file must be read from its end) and is not closed.
	 * @param upload the uploaded bytes
	 * @param fileName the name it was uploaded with
	 * @param sink receives the accepted rows and progress
	 * @return what was read and found
	 * @throws IOException when the stream or the temporary file fails
	 * @throws OewsFileException when the file is not a wage table that can be read at all
	 */
	public static ReadReport read(InputStream upload, String fileName, RowSink sink)
			throws IOException, OewsFileException {
		Objects.requireNonNull(upload, "upload");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(sink, "sink");
		Path copy = Files.createTempFile("oews-upload-", ".tmp");
		try {
			Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
			return read(copy, fileName, sink);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	static ReadReport read(Path file, String fileName, RowSink sink, RowObserver observer)
			throws IOException, OewsFileException {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(sink, "sink");
		ReadReport.SourceFormat format = UploadSafety.detect(file, fileName);
		SheetScanner scanner = new SheetScanner(fileName, sink, observer, FINDINGS_KEPT_PER_KIND);
		if (format == ReadReport.SourceFormat.XLSX) {
			XlsxCellRows.read(file, fileName, scanner);
		}
		else {
			CsvCellRows.read(file, fileName, scanner);
		}
		return scanner.finish(format);
	}

}
