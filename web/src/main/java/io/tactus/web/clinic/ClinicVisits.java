package io.tactus.web.clinic;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's visits and their service lines. Every query filters by the clinic id.
 */
@Repository
class ClinicVisits {

	static final String COLUMNS = """
			select v.id, v.visit_date, v.patient_ref, t.id t_id, t.name t_name, t.provider_type, t.hourly_pay, t.state,
			p.id p_id, p.name p_name, p.kind, p.unit_rule, l.seq, l.code, l.minutes, l.modifiers, l.body_region,
			l.billed_units
			""";

	static final String JOINS = """
			join clinic_therapist t on t.id = v.therapist_id and t.clinic_id = v.clinic_id
			join clinic_payer p on p.id = v.payer_id and p.clinic_id = v.clinic_id
			left join clinic_visit_line l on l.visit_id = v.id
			""";

	static final String SELECT = COLUMNS + " from clinic_visit v " + JOINS;

	private static final String INSERT_VISIT = """
			insert into clinic_visit (clinic_id, visit_date, patient_ref, therapist_id, payer_id, import_id, created_at)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	/** For batches only: {@link JdbcClient} has no batch API. */
	private final JdbcTemplate batches;

	private final Clock clock;

	ClinicVisits(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	/**
	 * Stores a visit and its lines, all or nothing; the caller has checked that therapist
	 * and payer are the clinic's.
	 * @return the visit id
	 */
	@Transactional
	long insert(long clinic, NewVisit visit, Long importId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT_VISIT)
			.params(clinic, visit.date(), visit.patientRef(), visit.therapistId(), visit.payerId())
			.param(6, importId, Types.BIGINT)
			.param(7, Timestamp.from(this.clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertLines(lineRows(id, 0, visit.lines()));
		return id;
	}

	/**
	 * Replaces a stored visit's fields and lines; when it came from an import, the
	 * import's line count follows. Called in the caller's transaction, after it checked
	 * that the clinic has the visit and that therapist and payer are the clinic's.
	 * @param oldLines the visit's line count before
	 */
	void update(long clinic, long id, NewVisit visit, int oldLines) {
		this.jdbc.sql("""
				update clinic_visit set visit_date = ?, patient_ref = ?, therapist_id = ?, payer_id = ?
				where clinic_id = ? and id = ?""")
			.params(visit.date(), visit.patientRef(), visit.therapistId(), visit.payerId(), clinic, id)
			.update();
		this.jdbc.sql("delete from clinic_visit_line where visit_id = ?").param(id).update();
		insertLines(lineRows(id, 0, visit.lines()));
		this.jdbc.sql("""
				update clinic_import set line_count = line_count + ?
				where id = (select import_id from clinic_visit where clinic_id = ? and id = ?)""")
			.params(visit.lines().size() - oldLines, clinic, id)
			.update();
	}

	private static List<Object[]> lineRows(long visitId, int firstSeq, List<ServiceLine> visitLines) {
		List<Object[]> lines = new ArrayList<>(visitLines.size());
		for (int i = 0; i < visitLines.size(); i++) {
			ServiceLine line = visitLines.get(i);
			lines.add(new Object[] { visitId, firstSeq + i, line.code(),
					line.minutes().isPresent() ? line.minutes().getAsInt() : null,
					String.join(" ", line.modifiers().stream().sorted().toList()), line.bodyRegion().orElse(""),
					line.billedUnits().isPresent() ? line.billedUnits().getAsInt() : null });
		}
		return lines;
	}

	private void insertLines(List<Object[]> lines) {
		if (lines.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("""
				insert into clinic_visit_line (visit_id, seq, code, minutes, modifiers, body_region, billed_units)
				values (?, ?, ?, ?, ?, ?, ?)""", lines, new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR,
				Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER });
	}

	/**
	 * Stores a batch of an import's visits (one JDBC batch, ids as generated keys in
	 * insertion order), then their lines in batches.
	 * @return the ids, in the order of the visits
	 */
	List<Long> insertBatch(long clinic, List<NewVisit> visits, long importId) {
		if (visits.isEmpty()) {
			return List.of();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.batches.batchUpdate((connection) -> connection.prepareStatement(INSERT_VISIT, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						NewVisit visit = visits.get(i);
						statement.setLong(1, clinic);
						statement.setObject(2, visit.date());
						statement.setString(3, visit.patientRef());
						statement.setLong(4, visit.therapistId());
						statement.setLong(5, visit.payerId());
						statement.setLong(6, importId);
						statement.setTimestamp(7, now);
					}

					@Override
					public int getBatchSize() {
						return visits.size();
					}

				}, keys);
		List<Long> ids = new ArrayList<>(visits.size());
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.add(((Number) key.values().iterator().next()).longValue());
		}
		if (ids.size() != visits.size()) {
			throw new IllegalStateException(
					"Expected " + visits.size() + " new visits of import " + importId + ", got " + ids.size() + " ids");
		}
		List<Object[]> lines = new ArrayList<>();
		for (int v = 0; v < visits.size(); v++) {
			lines.addAll(lineRows(ids.get(v), 0, visits.get(v).lines()));
			if (lines.size() >= BATCH) {
				insertLines(lines);
				lines.clear();
			}
		}
		insertLines(lines);
		return ids;
	}

	/**
	 * Adds lines to a stored visit after its last one.
	 * @param firstSeq the sequence number of the first added line (the visit's line
	 * count)
	 */
	void appendLines(long visitId, int firstSeq, List<ServiceLine> lines) {
		insertLines(lineRows(visitId, firstSeq, lines));
	}

	void updateImportCounts(long importId, int visits, int lines) {
		this.jdbc.sql("update clinic_import set visit_count = ?, line_count = ? where id = ?")
			.params(visits, lines, importId)
			.update();
	}

	Optional<StoredVisit> find(long clinic, long id) {
		List<StoredVisit> found = new ArrayList<>();
		Grouper grouper = new Grouper(found::add);
		this.jdbc.sql(SELECT + " where v.clinic_id = ? and v.id = ? order by l.seq").params(clinic, id).query(grouper);
		grouper.flush();
		return found.stream().findFirst();
	}

	/**
	 * Streams the visits of a date range, one at a time, oldest first.
	 */
	void forEach(long clinic, LocalDate from, LocalDate to, Consumer<StoredVisit> consumer) {
		Grouper grouper = new Grouper(consumer);
		this.jdbc
			.sql(SELECT + " where v.clinic_id = ? and v.visit_date between ? and ? order by v.visit_date, v.id, l.seq")
			.params(clinic, from, to)
			.query(grouper);
		grouper.flush();
	}

	/**
	 * The newest visits with their therapist, payer and lines, in one query.
	 */
	List<StoredVisit> newest(long clinic, int limit) {
		List<StoredVisit> visits = new ArrayList<>();
		Grouper grouper = new Grouper(visits::add);
		this.jdbc.sql(COLUMNS + """
				from (select * from clinic_visit where clinic_id = ? order by visit_date desc, id desc limit ?) v
				""" + JOINS + " order by v.visit_date desc, v.id desc, l.seq").params(clinic, limit).query(grouper);
		grouper.flush();
		return visits;
	}

	long count(long clinic) {
		return this.jdbc.sql("select count(*) from clinic_visit where clinic_id = ?")
			.param(clinic)
			.query(Long.class)
			.single();
	}

	Optional<Long> importBySha256(long clinic, String sha256) {
		return this.jdbc.sql("select id from clinic_import where clinic_id = ? and sha256 = ?")
			.params(clinic, sha256)
			.query(Long.class)
			.optional();
	}

	long insertImport(long clinic, String sha256, String fileName, String by, int visits, int lines) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into clinic_import (clinic_id, sha256, file_name, imported_by, imported_at, visit_count,
				line_count) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clinic, sha256, fileName, by, Timestamp.from(this.clock.instant()), visits, lines)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * One stored import.
	 *
	 * @param id the id
	 * @param fileName the file's name
	 * @param importedAt when
	 * @param importedBy who
	 * @param visits visits stored
	 * @param lines lines stored
	 */
	record ImportRecord(long id, String fileName, java.time.OffsetDateTime importedAt, String importedBy, int visits,
			int lines) {
	}

	List<ImportRecord> imports(long clinic) {
		return this.jdbc.sql(
				"select id, file_name, imported_at, imported_by, visit_count, line_count from clinic_import where clinic_id = ? order by id desc")
			.param(clinic)
			.query((rs, n) -> new ImportRecord(rs.getLong(1), rs.getString(2),
					rs.getObject(3, java.time.OffsetDateTime.class), rs.getString(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/**
	 * Removes one visit and its lines; when it came from an import, the import's counts
	 * go down with it (undoing the import later removes the rest).
	 * @return whether the clinic had this visit
	 */
	@Transactional
	boolean delete(long clinic, long id) {
		List<Long> imports = this.jdbc
			.sql("select coalesce(import_id, -1) from clinic_visit where clinic_id = ? and id = ?")
			.params(clinic, id)
			.query(Long.class)
			.list();
		if (imports.isEmpty()) {
			return false;
		}
		int lines = this.jdbc.sql("delete from clinic_visit_line where visit_id = ?").param(id).update();
		this.jdbc.sql("delete from clinic_visit where clinic_id = ? and id = ?").params(clinic, id).update();
		if (imports.get(0) >= 0) {
			this.jdbc
				.sql("update clinic_import set visit_count = visit_count - 1, line_count = line_count - ? where id = ?")
				.params(lines, imports.get(0))
				.update();
		}
		return true;
	}

	/**
	 * Removes an import and its visits (their lines go with them).
	 * @return whether the clinic had this import
	 */
	@Transactional
	boolean deleteImport(long clinic, long importId) {
		if (this.jdbc.sql("select count(*) from clinic_import where clinic_id = ? and id = ?")
			.params(clinic, importId)
			.query(Long.class)
			.single() == 0) {
			return false;
		}
		this.jdbc.sql(
				"delete from clinic_visit_line where visit_id in (select id from clinic_visit where clinic_id = ? and import_id = ?)")
			.params(clinic, importId)
			.update();
		this.jdbc.sql("delete from clinic_visit where clinic_id = ? and import_id = ?")
			.params(clinic, importId)
			.update();
		this.jdbc.sql("delete from clinic_import where clinic_id = ? and id = ?").params(clinic, importId).update();
		return true;
	}

	/**
	 * Turns joined rows (one per line) into visits.
	 */
	static final class Grouper implements RowCallbackHandler {

		private final Consumer<StoredVisit> consumer;

		private StoredVisit current;

		private List<ServiceLine> lines = new ArrayList<>();

		Grouper(Consumer<StoredVisit> consumer) {
			this.consumer = consumer;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			long id = rs.getLong("id");
			if (this.current == null || this.current.id() != id) {
				flush();
				Therapist therapist = new Therapist(rs.getLong("t_id"), rs.getString("t_name"),
						ProviderType.valueOf(rs.getString("provider_type")),
						Optional.ofNullable(rs.getBigDecimal("hourly_pay")),
						Optional.ofNullable(rs.getString("state")));
				Payer payer = new Payer(rs.getLong("p_id"), rs.getString("p_name"),
						PayerKind.valueOf(rs.getString("kind")), UnitRule.valueOf(rs.getString("unit_rule")));
				this.current = new StoredVisit(id, rs.getObject("visit_date", LocalDate.class),
						rs.getString("patient_ref"), therapist, payer, List.of());
			}
			String code = rs.getString("code");
			if (code != null) {
				this.lines.add(line(rs, code));
			}
		}

		private static ServiceLine line(ResultSet rs, String code) throws SQLException {
			int minutes = rs.getInt("minutes");
			OptionalInt minutesValue = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(minutes);
			int billed = rs.getInt("billed_units");
			OptionalInt billedValue = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(billed);
			String modifiers = rs.getString("modifiers").strip();
			Set<String> modifierSet = modifiers.isEmpty() ? Set.of() : Set.copyOf(List.of(modifiers.split(" +")));
			String region = rs.getString("body_region");
			return new ServiceLine(code, minutesValue, modifierSet,
					Optional.ofNullable(region).filter((r) -> !r.isBlank()), billedValue);
		}

		void flush() {
			if (this.current != null) {
				this.consumer.accept(new StoredVisit(this.current.id(), this.current.date(), this.current.patientRef(),
						this.current.therapist(), this.current.payer(), this.lines));
				this.current = null;
				this.lines = new ArrayList<>();
			}
		}

	}

}
