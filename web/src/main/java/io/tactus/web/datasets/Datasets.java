package io.tactus.web.datasets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.tactus.reports.oews.Finding;
import io.tactus.reports.oews.ReadReport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The wage datasets and their findings.
 */
@Repository
class Datasets {

	private static final String SELECT = """
			select id, file_name, file_size, sha256, source, uploaded_by, uploaded_at, survey_year, status,
			sheet_name, rows_read, rows_accepted, rows_warned, rows_rejected, error_count, warning_count, message,
			published_at, published_by from wage_dataset""";

	private final JdbcClient jdbc;

	/** For batches only: {@link JdbcClient} has no batch API. */
	private final JdbcTemplate batches;

	private final Clock clock;

	private final ImportLeases leases;

	Datasets(JdbcClient jdbc, JdbcTemplate batches, Clock clock, ImportLeases leases) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
		this.leases = leases;
	}

	/**
	 * One dataset.
	 * @param id its id
	 * @return the dataset, or empty
	 */
	public Optional<Dataset> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(Datasets::dataset).optional();
	}

	Optional<Dataset> findBySha256(String sha256) {
		return this.jdbc.sql(SELECT + " where sha256 = :sha").param("sha", sha256).query(Datasets::dataset).optional();
	}

	/**
	 * The dataset every report uses.
	 * @return the published dataset, or empty before the first publish
	 */
	public Optional<Dataset> published() {
		return this.jdbc.sql(SELECT + " where status = 'PUBLISHED'").query(Datasets::dataset).optional();
	}

	/**
	 * Every dataset, newest first.
	 * @return the datasets
	 */
	public List<Dataset> list() {
		return this.jdbc.sql(SELECT + " order by id desc").query(Datasets::dataset).list();
	}

	/**
	 * Datasets that have been published and can feed year-over-year views: published and
	 * retired, by survey year.
	 * @return the datasets, oldest year first
	 */
	public List<Dataset> publishedAndRetired() {
		return this.jdbc
			.sql(SELECT
					+ " where status in ('PUBLISHED', 'RETIRED') and survey_year is not null order by survey_year, id")
			.query(Datasets::dataset)
			.list();
	}

	long count(String source) {
		return this.jdbc.sql("select count(*) from wage_dataset where source = :source")
			.param("source", source)
			.query(Long.class)
			.single();
	}

	/**
	 * Makes a {@code PROCESSING} dataset, its lease held by this node from the start: an
	 * upload is claimed by the node that accepts it, and the lease covers the time it
	 * waits in that node's queue.
	 * @param fileName the file's name
	 * @param size its size in bytes
	 * @param sha256 its SHA-256
	 * @param source {@code UPLOAD} or {@code BUNDLED}
	 * @param uploadedBy who
	 * @return the dataset's id
	 * @throws org.springframework.dao.DuplicateKeyException when a dataset has that
	 * SHA-256
	 */
	long insert(String fileName, long size, String sha256, String source, String uploadedBy) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into wage_dataset (file_name, file_size, sha256, source, uploaded_by, uploaded_at, status,
				lease_owner, lease_until)
				values (:name, :size, :sha, :source, :by, :at, 'PROCESSING', :node, """ + ImportLeases.UNTIL + ")")
			.param("name", fileName)
			.param("size", size)
			.param("sha", sha256)
			.param("source", source)
			.param("by", uploadedBy)
			.param("at", OffsetDateTime.now(this.clock))
			.param("node", this.leases.node())
			.param("millis", this.leases.millis())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Imports a failed dataset again, its lease held by this node: of several nodes
	 * restarting it at once, exactly one does.
	 * @param id the dataset
	 * @param uploadedBy who uploaded it again
	 * @return whether this call restarted it (else it was no longer failed)
	 */
	boolean restart(long id, String uploadedBy) {
		return this.jdbc
			.sql("""
					update wage_dataset set status = 'PROCESSING', uploaded_by = :by, uploaded_at = :at, message = '',
					finished_at = null, progress_stage = null, lease_owner = :node, lease_until = """
					+ ImportLeases.UNTIL + " where id = :id and status = 'FAILED'")
			.param("by", uploadedBy)
			.param("at", OffsetDateTime.now(this.clock))
			.param("node", this.leases.node())
			.param("millis", this.leases.millis())
			.param("id", id)
			.update() == 1;
	}

	void finish(long id, ReadReport report, Integer year, DatasetStatus status, String message) {
		this.jdbc.sql("""
				update wage_dataset set status = :status, survey_year = :year, sheet_name = :sheet,
				rows_read = :read, rows_accepted = :accepted, rows_warned = :warned, rows_rejected = :rejected,
				error_count = :errors, warning_count = :warnings, message = :message, finished_at = :at,
				lease_owner = null, lease_until = null where id = :id""")
			.param("status", status.name())
			.param("year", year)
			.param("sheet", report.sheetName())
			.param("read", report.rowsRead())
			.param("accepted", report.rowsAccepted())
			.param("warned", report.rowsWarned())
			.param("rejected", report.rowsRejected())
			.param("errors", report.errorCount())
			.param("warnings", report.warningCount())
			.param("message", truncate(message, 2000))
			.param("at", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	void fail(long id, DatasetStatus status, String message) {
		this.jdbc.sql("""
				update wage_dataset set status = :status, message = :message, finished_at = :at, lease_owner = null,
				lease_until = null where id = :id""")
			.param("status", status.name())
			.param("message", truncate(message, 2000))
			.param("at", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	void retirePublished() {
		this.jdbc.sql("update wage_dataset set status = 'RETIRED' where status = 'PUBLISHED'").update();
	}

	void markPublished(long id, String by) {
		this.jdbc
			.sql("update wage_dataset set status = 'PUBLISHED', published_at = :at, published_by = :by where id = :id")
			.param("at", OffsetDateTime.now(this.clock))
			.param("by", by)
			.param("id", id)
			.update();
	}

	void saveFindings(long id, List<Finding> findings) {
		this.jdbc.sql("delete from wage_finding where dataset_id = :id").param("id", id).update();
		int[] seq = { 0 };
		this.batches.batchUpdate(
				"""
						insert into wage_finding (dataset_id, seq, severity, kind, sheet, row_number, column_name, cell_value, message, area)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				findings, 500, (ps, finding) -> {
					ps.setLong(1, id);
					ps.setInt(2, seq[0]++);
					ps.setString(3, finding.severity().name());
					ps.setString(4, finding.kind().name());
					ps.setString(5, truncate(finding.sheet(), 255));
					ps.setInt(6, finding.row());
					ps.setString(7, truncate(finding.column(), 100));
					ps.setString(8, truncate(finding.value(), 500));
					ps.setString(9, truncate(finding.message(), 1000));
					ps.setString(10, truncate(finding.area(), 200));
				});
	}

	/**
	 * A page of a dataset's findings.
	 * @param id the dataset
	 * @param severity only this severity, or {@code null} for all
	 * @param column only this column (as the file spells it), or {@code null} for all
	 * @param limit page size
	 * @param offset rows to skip
	 * @return the findings in file order
	 */
	public List<StoredFinding> findings(long id, String severity, String column, int limit, int offset) {
		return this.jdbc
			.sql("""
					select severity, kind, sheet, row_number, area, column_name, cell_value, message from wage_finding
					where dataset_id = :id and (:severity = '' or severity = :severity) and (:column = '' or column_name = :column)
					order by seq limit :limit offset :offset""")
			.param("id", id)
			.param("severity", (severity != null) ? severity : "")
			.param("column", (column != null) ? column : "")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new StoredFinding(rs.getString("severity"), rs.getString("kind"), rs.getString("sheet"),
					rs.getInt("row_number"), rs.getString("area"), rs.getString("column_name"),
					rs.getString("cell_value"), rs.getString("message")))
			.list();
	}

	List<String> findingColumns(long id) {
		return this.jdbc.sql(
				"select distinct column_name from wage_finding where dataset_id = :id and column_name <> '' order by column_name")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private static String truncate(String text, int max) {
		return (text == null) ? "" : (text.length() <= max) ? text : text.substring(0, max);
	}

	private static Dataset dataset(ResultSet rs, int row) throws SQLException {
		int year = rs.getInt("survey_year");
		Integer surveyYear = rs.wasNull() ? null : year;
		return new Dataset(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"), rs.getString("sha256"),
				rs.getString("source"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class),
				surveyYear, DatasetStatus.valueOf(rs.getString("status")), rs.getString("sheet_name"),
				rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_warned"),
				rs.getLong("rows_rejected"), rs.getLong("error_count"), rs.getLong("warning_count"),
				rs.getString("message"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("published_by"));
	}

	/**
	 * A finding as stored.
	 *
	 * @param severity {@code ERROR} or {@code WARNING}
	 * @param kind the kind of problem
	 * @param sheet the sheet
	 * @param row Excel's row number, 0 for the whole file
	 * @param area the row's area (title, else code), empty for the whole file
	 * @param column the column as the file spells it
	 * @param value the offending cell text
	 * @param message the problem in plain words
	 */
	public record StoredFinding(String severity, String kind, String sheet, int row, String area, String column,
			String value, String message) {
	}

}
