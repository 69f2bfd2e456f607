package io.tactus.web.clinic;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits of a clinic that match a {@link VisitFilter}, except its finding part (that
 * needs the billing engine): counted, one page at a time, or streamed. Every query
 * filters by the clinic id.
 */
@Repository
class VisitSearch {

	/** Rows the driver fetches at a time when streaming. */
	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	/** For streaming with a fetch size: {@link JdbcClient} does not set one. */
	private final JdbcTemplate template;

	VisitSearch(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * A {@code where} clause on {@code clinic_visit v} and its parameters.
	 */
	private record Where(String sql, List<Object> params) {

		static Where of(long clinic, VisitFilter filter) {
			StringBuilder sql = new StringBuilder("v.clinic_id = ?");
			List<Object> params = new ArrayList<>();
			params.add(clinic);
			filter.from().ifPresent((date) -> add(sql, params, " and v.visit_date >= ?", date));
			filter.to().ifPresent((date) -> add(sql, params, " and v.visit_date <= ?", date));
			filter.therapist().ifPresent((id) -> add(sql, params, " and v.therapist_id = ?", id));
			filter.payer().ifPresent((id) -> add(sql, params, " and v.payer_id = ?", id));
			filter.code()
				.ifPresent((code) -> add(sql, params,
						" and exists (select 1 from clinic_visit_line c where c.visit_id = v.id and c.code = ?)",
						code));
			// q holds letters, digits and hyphens only (VisitFilter), so it needs no
			// escaping
			filter.q().ifPresent((q) -> add(sql, params, " and lower(v.patient_ref) like ?", "%" + q + "%"));
			return new Where(sql.toString(), params);
		}

		private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
			sql.append(condition);
			params.add(value);
		}

	}

	/**
	 * How many visits match, the finding part left aside.
	 */
	long count(long clinic, VisitFilter filter) {
		Where where = Where.of(clinic, filter);
		return this.jdbc.sql("select count(*) from clinic_visit v where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the matching visits, newest first, with therapist, payer and lines, in
	 * one query; the finding part left aside.
	 */
	List<StoredVisit> page(long clinic, VisitFilter filter, int limit, long offset) {
		Where where = Where.of(clinic, filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		List<StoredVisit> visits = new ArrayList<>();
		ClinicVisits.Grouper grouper = new ClinicVisits.Grouper(visits::add);
		this.jdbc
			.sql(ClinicVisits.COLUMNS + " from (select * from clinic_visit v where " + where.sql()
					+ " order by v.visit_date desc, v.id desc limit ? offset ?) v " + ClinicVisits.JOINS
					+ " order by v.visit_date desc, v.id desc, l.seq")
			.params(params)
			.query(grouper);
		grouper.flush();
		return visits;
	}

	/**
	 * Streams the matching visits one at a time (the finding part left aside), with a
	 * fetch size and in a read-only transaction, so that PostgreSQL reads them through a
	 * cursor instead of loading them all.
	 * @param newestFirst newest first (the list) or oldest first (the exports)
	 */
	@Transactional(readOnly = true)
	void forEach(long clinic, VisitFilter filter, boolean newestFirst, Consumer<StoredVisit> consumer) {
		Where where = Where.of(clinic, filter);
		String order = newestFirst ? "v.visit_date desc, v.id desc" : "v.visit_date, v.id";
		String sql = ClinicVisits.SELECT + " where " + where.sql() + " order by " + order + ", l.seq";
		ClinicVisits.Grouper grouper = new ClinicVisits.Grouper(consumer);
		this.template.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.setFetchSize(FETCH_SIZE);
			for (int i = 0; i < where.params().size(); i++) {
				statement.setObject(i + 1, where.params().get(i));
			}
			return statement;
		}, grouper);
		grouper.flush();
	}

}
