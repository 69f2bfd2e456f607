package io.tactus.web.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.SpreadsheetLimitException;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.Sha256;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a visit log all or nothing, streaming: each row is checked as it is read
 * (naming row, column and value) and visits are stored in batches as they complete, in
 * one transaction that a single problem rolls back, so a file with a problem stores
 * nothing. A file imported before (same SHA-256, same clinic) is not imported again.
 */
@Service
class VisitImportService {

	/** The most problems listed. */
	static final int MAX_PROBLEMS = 100;

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	private final ClinicBilling billing;

	private final AuditLog audit;

	VisitImportService(ClinicSetup setup, ClinicVisits visits, ClinicBilling billing, AuditLog audit) {
		this.setup = setup;
		this.visits = visits;
		this.billing = billing;
		this.audit = audit;
	}

	/**
	 * The outcome of an import.
	 *
	 * @param importId the import
	 * @param visits visits stored (0 for a duplicate)
	 * @param lines lines stored
	 * @param duplicate whether the file was imported before
	 */
	record Imported(long importId, int visits, int lines, boolean duplicate) {
	}

	/**
	 * Imports a visit log: the upload is copied to a temporary file (a workbook is read
	 * from its end), then streamed row by row; visits are stored in batches as they
	 * complete, and the first problem stops the storing (checking goes on to list the
	 * problems) and refuses the whole file, rolling the transaction back.
	 * @param content the uploaded bytes (not closed)
	 * @throws VisitImportException when the file is refused; nothing is stored then
	 */
	@Transactional
	Imported importLog(long clinic, String fileName, InputStream content, String by) {
		Path file = null;
		try {
			file = Files.createTempFile("visit-log-", ".upload");
			long size;
			try (OutputStream out = Files.newOutputStream(file)) {
				size = new BoundedCopy(content, VisitLogReader.MAX_BYTES + 1L).transferTo(out);
			}
			if (size == 0) {
				throw ImportProblems.refused(1, "", "", "clinic.import.empty");
			}
			if (size > VisitLogReader.MAX_BYTES) {
				throw ImportProblems.refused(1, "", Long.toString(size), "clinic.import.tooLarge");
			}
			String sha256 = Sha256.of(Files.newInputStream(file));
			Optional<Long> earlier = this.visits.importBySha256(clinic, sha256);
			if (earlier.isPresent()) {
				return new Imported(earlier.get(), 0, 0, true);
			}
			long importId = this.visits.insertImport(clinic, sha256, fileName, by, 0, 0);
			VisitLogRows rows = new VisitLogRows(clinic, importId, this.setup, this.visits, this.billing.engine());
			try {
				VisitLogReader.read(file, fileName, rows::accept);
			}
			catch (SpreadsheetLimitException ex) {
				throw ImportProblems.refused(ex.row(), ex.column(), ex.value(), limitKey(ex.limit()));
			}
			catch (IOException | OewsFileException | UncheckedIOException ex) {
				throw ImportProblems.refused(1, "", fileName, "clinic.import.unreadable");
			}
			int[] counts = rows.finish();
			this.visits.updateImportCounts(importId, counts[0], counts[1]);
			this.audit.record(by, AuditAction.CLINIC_VISITS_IMPORTED, fileName,
					"clinic " + clinic + ", " + counts[0] + " visits, " + counts[1] + " lines");
			return new Imported(importId, counts[0], counts[1], false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed by the system
				}
			}
		}
	}

	private static String limitKey(SpreadsheetLimitException.Limit limit) {
		return switch (limit) {
			case CELL_CHARACTERS -> "clinic.import.cellTooLong";
			case COLUMNS -> "clinic.import.tooManyColumns";
			case ROW_CHARACTERS -> "clinic.import.rowTooLong";
			case SHARED_STRINGS, SHARED_STRING_CHARACTERS -> "clinic.import.tooMuchText";
			case MISSING_SHARED_STRING -> "clinic.import.damagedCell";
		};
	}

}
