package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;

/**
 * Groups the checked lines of an import into visits while the file streams, and stores
 * them in batches (inside the import's transaction). Lines with the same date, patient,
 * therapist and payer form one visit; a visit is complete when a line of another visit
 * follows (visit logs list a visit's lines together), and complete visits are checked by
 * the billing engine and stored {@value #BATCH} at a time. What stays in memory per
 * stored visit is its key and id (about 200 bytes), so memory does not grow with the
 * lines. A line that comes back to a visit stored earlier (an unsorted file) is kept
 * aside and added to that visit at the end, when the visit is checked again with all its
 * lines.
 */
final class VisitGrouper {

	/** Visits stored at a time. */
	static final int BATCH = 500;

	private final long clinic;

	private final long importId;

	private final ClinicVisits visits;

	private final BillingEngine engine;

	private final Outcome outcome;

	private final List<Group> pending = new ArrayList<>(BATCH);

	private final Map<VisitKey, Group> pendingByKey = new HashMap<>();

	private final Map<VisitKey, Stored> stored = new HashMap<>();

	private final Map<VisitKey, Group> reopened = new LinkedHashMap<>();

	private Group current;

	private int lines;

	VisitGrouper(long clinic, long importId, ClinicVisits visits, BillingEngine engine, Outcome outcome) {
		this.clinic = clinic;
		this.importId = importId;
		this.visits = visits;
		this.engine = engine;
		this.outcome = outcome;
	}

	/**
	 * Adds a checked line to its visit.
	 * @param key the visit the line belongs to
	 * @param payerKind the payer's kind
	 * @param type the therapist's provider type
	 * @param line the line
	 * @param row the line's row in the file
	 */
	void add(VisitKey key, PayerKind payerKind, ProviderType type, ServiceLine line, int row) {
		if (this.current == null || !this.current.key.equals(key)) {
			switchTo(key, payerKind, type);
		}
		this.lines++;
		if (this.current.lineCount() >= VisitClaim.MAX_SERVICES) {
			// A visit has at most 30 services: the extra lines are not kept, only where
			// they are.
			this.current.firstExtraRow = (this.current.firstExtraRow > 0) ? this.current.firstExtraRow : row;
			this.current.lastRow = row;
			return;
		}
		this.current.lines.add(line);
		this.current.rows.add(row);
	}

	/**
	 * Stores what is left and checks the visits that got lines back at the end.
	 */
	void finish() {
		complete(this.current);
		this.current = null;
		flush();
		for (Group group : this.reopened.values()) {
			if (group.visitId < 0) {
				continue;
			}
			if (group.firstExtraRow > 0) {
				this.outcome.visitTooLong(group.key, group.firstRow, group.firstExtraRow, group.lastRow);
				continue;
			}
			StoredVisit visit = this.visits.find(this.clinic, group.visitId).orElseThrow();
			List<ServiceLine> all = new ArrayList<>(visit.lines());
			all.addAll(group.lines);
			List<Integer> rows = new ArrayList<>(Collections.nCopies(group.storedLines, group.firstRow));
			rows.addAll(group.rows);
			evaluate(visit.date(), visit.payer().kind(), visit.therapist().type(), all, rows);
			if (this.outcome.storing()) {
				this.visits.appendLines(group.visitId, group.storedLines, group.lines);
			}
		}
	}

	int visitCount() {
		return this.stored.size();
	}

	int lineCount() {
		return this.lines;
	}

	private void switchTo(VisitKey key, PayerKind payerKind, ProviderType type) {
		complete(this.current);
		Group waiting = this.pendingByKey.get(key);
		if (waiting != null) {
			this.current = waiting;
			return;
		}
		Stored earlier = this.stored.get(key);
		if (earlier != null) {
			this.current = this.reopened.computeIfAbsent(key,
					(k) -> new Group(k, payerKind, type, earlier.id(), earlier.lines(), earlier.firstRow()));
			return;
		}
		this.current = new Group(key, payerKind, type, -1, 0, 0);
	}

	private void complete(Group group) {
		if (group == null || group.storedLines > 0 || group.pending) {
			return;
		}
		group.pending = true;
		this.pending.add(group);
		this.pendingByKey.put(group.key, group);
		if (this.pending.size() >= BATCH) {
			flush();
		}
	}

	private void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<NewVisit> batch = new ArrayList<>(this.pending.size());
		for (Group group : this.pending) {
			if (group.firstExtraRow > 0) {
				// reported, so storing stops: the batch below is not written
				this.outcome.visitTooLong(group.key, group.rows.get(0), group.firstExtraRow, group.lastRow);
			}
			else {
				evaluate(group.key.date(), group.payerKind, group.type, group.lines, group.rows);
			}
			batch.add(new NewVisit(group.key.date(), group.key.patient(), group.key.therapistId(), group.key.payerId(),
					group.lines));
		}
		List<Long> ids = this.outcome.storing() ? this.visits.insertBatch(this.clinic, batch, this.importId)
				: Collections.nCopies(batch.size(), -1L);
		for (int i = 0; i < this.pending.size(); i++) {
			Group group = this.pending.get(i);
			this.stored.put(group.key, new Stored(ids.get(i), group.rows.get(0), group.lines.size()));
		}
		this.pending.clear();
		this.pendingByKey.clear();
	}

	private void evaluate(LocalDate date, PayerKind payerKind, ProviderType type, List<ServiceLine> lines,
			List<Integer> rows) {
		try {
			this.engine.evaluate(VisitClaim.of(date, payerKind, type, lines));
		}
		catch (InvalidServiceException ex) {
			this.outcome.engineProblem(rows, ex);
		}
	}

	/**
	 * What makes lines one visit.
	 *
	 * @param date the date of service
	 * @param patient the patient reference
	 * @param therapistId the therapist
	 * @param payerId the payer
	 */
	record VisitKey(LocalDate date, String patient, long therapistId, long payerId) {
	}

	/**
	 * The import the grouper works for.
	 */
	interface Outcome {

		/**
		 * Whether visits are still stored: not once the file has a problem (it will be
		 * refused; checking goes on to list its problems).
		 * @return {@code true} while the file has no problem
		 */
		boolean storing();

		/**
		 * The billing engine refused a visit.
		 * @param rows the row of each of the visit's lines
		 * @param problem what the engine said
		 */
		void engineProblem(List<Integer> rows, InvalidServiceException problem);

		/**
		 * A visit has more lines than a visit may have ({@link VisitClaim#MAX_SERVICES}).
		 * @param key the visit
		 * @param firstRow the row of its first line
		 * @param firstExtraRow the row of its first line beyond the limit
		 * @param lastRow the row of its last line
		 */
		void visitTooLong(VisitKey key, int firstRow, int firstExtraRow, int lastRow);

	}

	/**
	 * A stored visit: its id (-1 when storing had stopped), its first row and its lines.
	 */
	private record Stored(long id, int firstRow, int lines) {
	}

	/**
	 * A visit being read, or lines coming back to a stored visit ({@code visitId} set).
	 */
	private static final class Group {

		private final VisitKey key;

		private final PayerKind payerKind;

		private final ProviderType type;

		private final long visitId;

		private final int storedLines;

		private final int firstRow;

		private final List<ServiceLine> lines = new ArrayList<>(4);

		private final List<Integer> rows = new ArrayList<>(4);

		private boolean pending;

		/** The first row beyond the limit of lines per visit, else 0. */
		private int firstExtraRow;

		/** The last row of a visit with more lines than a visit may have, else 0. */
		private int lastRow;

		Group(VisitKey key, PayerKind payerKind, ProviderType type, long visitId, int storedLines, int firstRow) {
			this.key = key;
			this.payerKind = payerKind;
			this.type = type;
			this.visitId = visitId;
			this.storedLines = storedLines;
			this.firstRow = firstRow;
		}

		int lineCount() {
			return this.storedLines + this.lines.size();
		}

	}

}
