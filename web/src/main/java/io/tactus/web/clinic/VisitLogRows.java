package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
import io.tactus.web.clinic.VisitLogReader.LogRow;

/**
 * The rows of one import as they stream by: the header first, then each line is checked
 * and handed to the {@link VisitGrouper}.
 */
final class VisitLogRows implements VisitGrouper.Outcome {

	private final ImportProblems problems = new ImportProblems();

	private final VisitGrouper grouper;

	private final Map<String, Long> therapists = new HashMap<>();

	private final Map<String, ProviderType> types = new HashMap<>();

	private final Map<String, Payer> payers = new HashMap<>();

	private final Set<String> retiredTherapists = new HashSet<>();

	private final Set<String> retiredPayers = new HashSet<>();

	private final BillingEngine engine;

	private Map<VisitLogColumn, Integer> columns;

	private int lines;

	VisitLogRows(long clinic, long importId, ClinicSetup setup, ClinicVisits visits, BillingEngine engine) {
		this.engine = engine;
		this.grouper = new VisitGrouper(clinic, importId, visits, this.engine, this);
		setup.activeTherapists(clinic).forEach((t) -> {
			this.therapists.put(ClinicSetup.key(t.name()), t.id());
			this.types.put(ClinicSetup.key(t.name()), t.type());
		});
		setup.activePayers(clinic).forEach((p) -> this.payers.put(ClinicSetup.key(p.name()), p));
		setup.retiredTherapists(clinic).forEach((t) -> this.retiredTherapists.add(ClinicSetup.key(t.name())));
		setup.retiredPayers(clinic).forEach((p) -> this.retiredPayers.add(ClinicSetup.key(p.name())));
	}

	@Override
	public boolean storing() {
		return this.problems.total() == 0;
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
				throw ImportProblems.refused(1, "", "", "clinic.import.noHeader");
			}
			this.columns = columns(row, this.problems);
			if (this.problems.total() > 0) {
				throw this.problems.exception();
			}
			return true;
		}
		if (row.blank()) {
			return true;
		}
		if (++this.lines > VisitLogReader.MAX_LINES) {
			throw ImportProblems.refused(row.number(), "", Integer.toString(this.lines), "clinic.import.tooManyRows");
		}
		line(row);
		return true;
	}

	int[] finish() {
		if (this.columns == null) {
			throw ImportProblems.refused(1, "", "", "clinic.import.noHeader");
		}
		this.grouper.finish();
		if (this.problems.total() > 0) {
			throw this.problems.exception();
		}
		return new int[] { this.grouper.visitCount(), this.grouper.lineCount() };
	}

	private void line(LogRow row) {
		ImportProblems problems = this.problems;
		LogCells cells = new LogCells(row, this.columns, problems);
		LocalDate date = cells.date(VisitLogColumn.DATE);
		String patient = cells.text(VisitLogColumn.PATIENT_REF);
		PatientRefs.problem(patient)
			.ifPresent((key) -> problems.add(row.number(), VisitLogColumn.PATIENT_REF, patient, key));
		String therapist = cells.text(VisitLogColumn.THERAPIST);
		Long therapistId = this.therapists.get(ClinicSetup.key(therapist));
		if (therapistId == null) {
			problems.add(row.number(), VisitLogColumn.THERAPIST, therapist,
					this.retiredTherapists.contains(ClinicSetup.key(therapist)) ? "clinic.import.retiredTherapist"
							: "clinic.import.unknownTherapist");
		}
		String payerName = cells.text(VisitLogColumn.PAYER);
		Payer payer = this.payers.get(ClinicSetup.key(payerName));
		if (payer == null) {
			problems.add(row.number(), VisitLogColumn.PAYER, payerName,
					this.retiredPayers.contains(ClinicSetup.key(payerName)) ? "clinic.import.retiredPayer"
							: "clinic.import.unknownPayer");
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

	private static Map<VisitLogColumn, Integer> columns(LogRow header, ImportProblems problems) {
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

}
