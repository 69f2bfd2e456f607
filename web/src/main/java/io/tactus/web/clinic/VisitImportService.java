package io.tactus.web.clinic;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Locale;
import io.tactus.core.codes.ProviderType;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.web.clinic.VisitLogReader.LogRow;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a visit log all or nothing: every row is checked first (naming row, column and
 * value); only a file without problems is stored, in one transaction. A file imported
 * before (same SHA-256, same clinic) is not imported again.
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

	@Transactional
	Imported importLog(long clinic, String fileName, byte[] content, String by) {
		if (content.length == 0) {
			throw refused(1, "", "", "clinic.import.empty");
		}
		if (content.length > VisitLogReader.MAX_BYTES) {
			throw refused(1, "", Integer.toString(content.length), "clinic.import.tooLarge");
		}
		String sha256 = sha256(content);
		Optional<Long> earlier = this.visits.importBySha256(clinic, sha256);
		if (earlier.isPresent()) {
			return new Imported(earlier.get(), 0, 0, true);
		}
		List<LogRow> rows;
		try {
			rows = VisitLogReader.read(fileName, content);
		}
		catch (IOException | RuntimeException ex) {
			throw refused(1, "", fileName, "clinic.import.unreadable");
		}
		List<Group> groups = check(clinic, rows);
		int lines = 0;
		for (Group group : groups) {
			lines += group.lines.size();
		}
		long importId = this.visits.insertImport(clinic, sha256, fileName, by, groups.size(), lines);
		List<NewVisit> stored = new ArrayList<>(groups.size());
		for (Group group : groups) {
			stored.add(new NewVisit(group.date, group.patient, group.therapistId, group.payerId(), group.lines));
		}
		this.visits.insertAll(clinic, stored, importId);
		this.audit.record(by, AuditAction.CLINIC_VISITS_IMPORTED, fileName,
				"clinic " + clinic + ", " + groups.size() + " visits, " + lines + " lines");
		return new Imported(importId, groups.size(), lines, false);
	}

	private List<Group> check(long clinic, List<LogRow> rows) {
		Problems problems = new Problems();
		if (rows.isEmpty() || rows.get(0).blank()) {
			throw refused(1, "", "", "clinic.import.noHeader");
		}
		Map<VisitLogColumn, Integer> columns = columns(rows.get(0), problems);
		if (problems.total > 0) {
			throw problems.exception();
		}
		if (rows.size() - 1 > VisitLogReader.MAX_LINES) {
			throw refused(rows.size(), "", Integer.toString(rows.size() - 1), "clinic.import.tooManyRows");
		}
		Map<String, Long> therapists = new HashMap<>();
		Map<String, ProviderType> types = new HashMap<>();
		this.setup.therapists(clinic).forEach((t) -> {
			therapists.put(ClinicSetup.key(t.name()), t.id());
			types.put(ClinicSetup.key(t.name()), t.type());
		});
		Map<String, Payer> payers = new HashMap<>();
		this.setup.payers(clinic).forEach((p) -> payers.put(ClinicSetup.key(p.name()), p));
		BillingEngine engine = this.billing.engine();
		Map<String, Group> groups = new LinkedHashMap<>();
		for (LogRow row : rows.subList(1, rows.size())) {
			if (row.blank()) {
				continue;
			}
			Cells cells = new Cells(row, columns, problems);
			LocalDate date = cells.date(VisitLogColumn.DATE);
			String patient = cells.text(VisitLogColumn.PATIENT_REF);
			PatientRefs.problem(patient)
				.ifPresent((key) -> problems.add(row.number(), VisitLogColumn.PATIENT_REF, patient, key));
			String therapist = cells.text(VisitLogColumn.THERAPIST);
			Long therapistId = therapists.get(ClinicSetup.key(therapist));
			if (therapistId == null) {
				problems.add(row.number(), VisitLogColumn.THERAPIST, therapist, "clinic.import.unknownTherapist");
			}
			String payerName = cells.text(VisitLogColumn.PAYER);
			Payer payer = payers.get(ClinicSetup.key(payerName));
			if (payer == null) {
				problems.add(row.number(), VisitLogColumn.PAYER, payerName, "clinic.import.unknownPayer");
			}
			String code = cells.text(VisitLogColumn.CODE);
			if (!code.isEmpty() && engine.catalog().find(code.toUpperCase(Locale.ROOT)).isEmpty()) {
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
				continue;
			}
			ServiceLine line = new ServiceLine(code, minutes,
					modifiers.isBlank() ? Set.of() : Set.copyOf(List.of(modifiers.strip().split("[ ,;]+"))),
					region.isEmpty() ? Optional.empty() : Optional.of(region), billed);
			String key = date + "\u0000" + patient + "\u0000" + therapistId + "\u0000" + payer.id();
			Group group = groups.computeIfAbsent(key,
					(k) -> new Group(date, patient, therapistId, payer, types.get(ClinicSetup.key(therapist))));
			if (group.lines.size() == VisitClaim.MAX_SERVICES) {
				group.firstExtraRow = (group.firstExtraRow > 0) ? group.firstExtraRow : row.number();
				group.lastRow = row.number();
				continue;
			}
			group.lines.add(line);
			group.rows.add(row.number());
		}
		for (Group group : groups.values()) {
			if (group.lastRow > 0) {
				problems.add(group.firstExtraRow, VisitLogColumn.PATIENT_REF.header(), group.patient,
						"clinic.import.visitTooLong",
						group.date + ", rows " + group.rows.get(0) + " to " + group.lastRow);
				continue;
			}
			try {
				engine.evaluate(VisitClaim.of(group.date, group.payer.kind(), group.type, group.lines));
			}
			catch (InvalidServiceException ex) {
				problems.addEngine(group, ex);
			}
		}
		if (problems.total > 0) {
			throw problems.exception();
		}
		return new ArrayList<>(groups.values());
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

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Group {

		private final LocalDate date;

		private final String patient;

		private final long therapistId;

		private final Payer payer;

		private final ProviderType type;

		private final List<ServiceLine> lines = new ArrayList<>();

		private final List<Integer> rows = new ArrayList<>();

		/** The first row beyond the lines one visit may have, else 0. */
		private int firstExtraRow;

		/** The last row of a visit with more lines than one visit may have, else 0. */
		private int lastRow;

		Group(LocalDate date, String patient, long therapistId, Payer payer, ProviderType type) {
			this.date = date;
			this.patient = patient;
			this.therapistId = therapistId;
			this.payer = payer;
			this.type = type;
		}

		long payerId() {
			return this.payer.id();
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

		void addEngine(Group group, InvalidServiceException ex) {
			String field = ex.field();
			int row = group.rows.get(0);
			String column = "code";
			Matcher matcher = Pattern.compile("services\\[(\\d+)\\](?:\\.(\\w+))?").matcher(field);
			if (matcher.matches()) {
				int index = Integer.parseInt(matcher.group(1));
				row = group.rows.get(Math.min(index, group.rows.size() - 1));
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

	}

}
