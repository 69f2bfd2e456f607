package io.tactus.web.clinic;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits and deletes of one visit, each recorded with the visit before and after (in
 * {@code clinic_visit_change}, shown on the visit page) and in the audit log, in the same
 * transaction as the change.
 */
@Service
class VisitChanges {

	/** The longest description stored; the column holds 1000 characters. */
	static final int MAX_TEXT = 1000;

	private final ClinicVisits visits;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	VisitChanges(ClinicVisits visits, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.visits = visits;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Replaces a visit's date, patient, therapist, payer and lines; the caller has
	 * checked that therapist and payer are the clinic's.
	 * @return whether the clinic had this visit
	 */
	@Transactional
	boolean edit(long clinic, long id, NewVisit visit, String by) {
		Optional<StoredVisit> before = lockAndFind(clinic, id);
		if (before.isEmpty()) {
			return false;
		}
		this.visits.update(clinic, id, visit, before.get().lines().size());
		StoredVisit after = this.visits.find(clinic, id).orElseThrow();
		record(clinic, id, by, Action.EDITED, before.get().describe(), after.describe());
		return true;
	}

	/**
	 * Deletes a visit and its lines, keeping its description in the history.
	 * @return whether the clinic had this visit
	 */
	@Transactional
	boolean delete(long clinic, long id, String by) {
		Optional<StoredVisit> before = lockAndFind(clinic, id);
		if (before.isEmpty() || !this.visits.delete(clinic, id)) {
			return false;
		}
		record(clinic, id, by, Action.DELETED, before.get().describe(), null);
		return true;
	}

	/**
	 * The visit's row is locked first, so that two edits at once are recorded one after
	 * the other, each with the visit as the other left it.
	 */
	private Optional<StoredVisit> lockAndFind(long clinic, long id) {
		if (this.jdbc.sql("select id from clinic_visit where clinic_id = ? and id = ? for update")
			.params(clinic, id)
			.query(Long.class)
			.optional()
			.isEmpty()) {
			return Optional.empty();
		}
		return this.visits.find(clinic, id);
	}

	private void record(long clinic, long id, String by, Action action, String before, String after) {
		this.jdbc.sql("""
				insert into clinic_visit_change (clinic_id, visit_id, changed_at, changed_by, action, before_text,
				after_text) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clinic, id, Timestamp.from(this.clock.instant()), by, action.name(), bounded(before),
					(after != null) ? bounded(after) : null)
			.update();
		AuditAction audited = (action == Action.EDITED) ? AuditAction.CLINIC_VISIT_EDITED
				: AuditAction.CLINIC_VISIT_DELETED;
		this.audit.record(by, audited, "visit " + id,
				"clinic " + clinic + ": " + before + ((after != null) ? " → " + after : ""));
	}

	static String bounded(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

	/**
	 * The changes of one visit of the clinic, newest first.
	 */
	List<Change> history(long clinic, long id) {
		return this.jdbc.sql("""
				select changed_at, changed_by, action, before_text, after_text from clinic_visit_change
				where clinic_id = ? and visit_id = ? order by id desc""")
			.params(clinic, id)
			.query((rs, n) -> new Change(rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
					Action.valueOf(rs.getString("action")), rs.getString("before_text"),
					Optional.ofNullable(rs.getString("after_text"))))
			.list();
	}

	enum Action {

		EDITED, DELETED

	}

	/**
	 * One recorded change.
	 *
	 * @param changedAt when
	 * @param changedBy who
	 * @param action edit or delete
	 * @param before the visit before
	 * @param after the visit after (empty for a delete)
	 */
	record Change(OffsetDateTime changedAt, String changedBy, Action action, String before, Optional<String> after) {
	}

}
