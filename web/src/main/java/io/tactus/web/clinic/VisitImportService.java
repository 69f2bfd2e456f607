package io.tactus.web.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.codes.ProviderType;
import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.SpreadsheetLimitException;
import io.tactus.web.billing.ServiceProblems;
import io.tactus.web.clinic.VisitLogReader.LogRow;
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
				throw refused(1, "", "", "clinic.import.empty");
			}
			if (size > VisitLogReader.MAX_BYTES) {
				throw refused(1, "", Long.toString(size), "clinic.import.tooLarge");
			}
			String sha256 = Sha256.of(Files.newInputStream(file));
			Optional<Long> earlier = this.visits.importBySha256(clinic, sha256);
			if (earlier.isPresent()) {
				return new Imported(earlier.get(), 0, 0, true);
			}
			long importId = this.visits.insertImport(clinic, sha256, fileName, by, 0, 0);
			Rows rows = new Rows(clinic, importId);
			try {
				VisitLogReader.read(file, fileName, rows::accept);
			}
			catch (SpreadsheetLimitException ex) {
				throw refused(ex.row(), ex.column(), ex.value(), limitKey(ex.limit()));
			}
			catch (IOException | OewsFileException | UncheckedIOException ex) {
				throw refused(1, "", fileName, "clinic.import.unreadable");
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

	/**
	 * The rows of one import as they stream by: the header first, then each line is
	 * checked and handed to the {@link VisitGrouper}.
	 */
	private final class Rows implements VisitGrouper.Outcome {

		private final Problems problems = new Problems();

		private final VisitGrouper grouper;

		private final Map<String, Long> therapists = new HashMap<>();

		private final Map<String, ProviderType> types = new HashMap<>();

		private final Map<String, Payer> payers = new HashMap<>();

		private final BillingEngine engine;

		private Map<VisitLogColumn, Integer> columns;

		private int lines;

		Rows(long clinic, long importId) {
			this.engine = VisitImportService.this.billing.engine();
			this.grouper = new VisitGrouper(clinic, importId, VisitImportService.this.visits, this.engine, this);
			VisitImportService.this.setup.therapists(clinic).forEach((t) -> {
				this.therapists.put(ClinicSetup.key(t.name()), t.id());
				this.types.put(ClinicSetup.key(t.name()), t.type());
			});
			VisitImportService.this.setup.payers(clinic).forEach((p) -> this.payers.put(ClinicSetup.key(p.name()), p));
		}

		@Override
		public boolean storing() {
			return this.problems.total == 0;
		}

		@Override
		public void engineProblem(List<Integer> rows, InvalidServiceException problem) {
			this.problems.addEngine(rows, problem);
		}

		@Override
		public void visitTooLong(VisitGrouper.VisitKey key, int firstRow, int firstExtraRow, int lastRow) {
			this.problems.add(firstExtraRow, VisitLogColumn.PATIENT_REF.header(), key.patient(),
					"clinic.import.visitTooLong", key.date() + ", rows " + firstRow + " to " + lastRow);
		}

		boolean accept(LogRow row) {
			if (this.columns == null) {
				if (row.blank()) {
					throw refused(1, "", "", "clinic.import.noHeader");
				}
				this.columns = columns(row, this.problems);
				if (this.problems.total > 0) {
					throw this.problems.exception();
				}
				return true;
			}
			if (row.blank()) {
				return true;
			}
			if (++this.lines > VisitLogReader.MAX_LINES) {
				throw refused(row.number(), "", Integer.toString(this.lines), "clinic.import.tooManyRows");
			}
			line(row);
			return true;
		}

		int[] finish() {
			if (this.columns == null) {
				throw refused(1, "", "", "clinic.import.noHeader");
			}
			this.grouper.finish();
			if (this.problems.total > 0) {
				throw this.problems.exception();
			}
			return new int[] { this.grouper.visitCount(), this.grouper.lineCount() };
		}

		private void line(LogRow row) {
			Problems problems = this.problems;
			Cells cells = new Cells(row, this.columns, problems);
			LocalDate date = cells.date(VisitLogColumn.DATE);
			String patient = cells.text(VisitLogColumn.PATIENT_REF);
			PatientRefs.problem(patient)
				.ifPresent((key) -> problems.add(row.number(), VisitLogColumn.PATIENT_REF, patient, key));
			String therapist = cells.text(VisitLogColumn.THERAPIST);
			Long therapistId = this.therapists.get(ClinicSetup.key(therapist));
			if (therapistId == null) {
				problems.add(row.number(), VisitLogColumn.THERAPIST, therapist, "clinic.import.unknownTherapist");
			}
			String payerName = cells.text(VisitLogColumn.PAYER);
			Payer payer = this.payers.get(ClinicSetup.key(payerName));
			if (payer == null) {
				problems.add(row.number(), VisitLogColumn.PAYER, payerName, "clinic.import.unknownPayer");
			}
			String code = cells.text(VisitLogColumn.CODE);
			if (!code.isEmpty() && this.engine.catalog().find(code.toUpperCase(Locale.ROOT)).isEmpty()) {
				problems.add(row.number(), VisitLogColumn.CODE, code, "clinic.import.unknownCode");
			}
			OptionalInt minutes = cells.number(VisitLogColumn.MINUTES, 1440);
			OptionalInt billed = cells.number(VisitLogColumn.BILLED_UNITS, 99);
			String modifiers = cells.text(VisitLogColumn.MODIFIERS);
			String region = cells.text(VisitLogColumn.BODY_REGION);
			if (!modifiers.matches("[A-Za-z0-9 ,;]{0,40}")) {
				problems.add(row.number(), VisitLogColumn.MODIFIERS, modifiers, "clinic.import.badModifiers");
			}
			if (region.length() > 40) {
				problems.add(row.number(), VisitLogColumn.BODY_REGION, region, "clinic.import.tooLong");
			}
			if (date == null || therapistId == null || payer == null || problems.rowHasProblems(row.number())) {
				return;
			}
			ServiceLine line = new ServiceLine(code, minutes,
					modifiers.isBlank() ? Set.of() : Set.copyOf(List.of(modifiers.strip().split("[ ,;]+"))),
					region.isEmpty() ? Optional.empty() : Optional.of(region), billed);
			this.grouper.add(new VisitGrouper.VisitKey(date, patient, therapistId, payer.id()), payer.kind(),
					this.types.get(ClinicSetup.key(therapist)), line, row.number());
		}

	}

	private static Map<VisitLogColumn, Integer> columns(LogRow header, Problems problems) {
		Map<VisitLogColumn, Integer> columns = new EnumMap<>(VisitLogColumn.class);
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i);
			if (text.isEmpty()) {
				continue;
			}
			Optional<VisitLogColumn> column = VisitLogColumn.ofHeader(text);
			if (column.isEmpty()) {
				problems.add(1, text, text, "clinic.import.unknownColumn");
			}
			else if (columns.putIfAbsent(column.get(), i) != null) {
				problems.add(1, text, text, "clinic.import.duplicateColumn");
			}
		}
		for (VisitLogColumn column : VisitLogColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add(1, column.header(), "", "clinic.import.missingColumn");
			}
		}
		return columns;
	}

	private static VisitImportException refused(int row, String column, String value, String key) {
		return new VisitImportException(List.of(new ImportProblem(row, column, value, key)), 1);
	}

	/**
	 * Copies at most a number of bytes, so an upload larger than the limit is not stored
	 * whole to be refused.
	 */
	private static final class BoundedCopy {

		private final InputStream in;

		private final long max;

		BoundedCopy(InputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		long transferTo(OutputStream out) throws IOException {
			byte[] buffer = new byte[1 << 16];
			long copied = 0;
			while (copied < this.max) {
				int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, this.max - copied));
				if (read < 0) {
					break;
				}
				out.write(buffer, 0, read);
				copied += read;
			}
			return copied;
		}

	}

	private static final class Cells {

		private final LogRow row;

		private final Map<VisitLogColumn, Integer> columns;

		private final Problems problems;

		Cells(LogRow row, Map<VisitLogColumn, Integer> columns, Problems problems) {
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

	private static final class Problems {

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
				this.listed.add(
						new ImportProblem(row, column, ex.value(), "clinic.import.engine", ServiceProblems.reason(ex)));
			}
		}

		VisitImportException exception() {
			return new VisitImportException(this.listed, this.total);
		}

	}

}
