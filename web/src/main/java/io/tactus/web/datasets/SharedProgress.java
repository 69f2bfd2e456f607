package io.tactus.web.datasets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress of imports, kept by the node that runs them and written to the dataset's
 * row at most about once a second (and at every change of stage), so that a page polling
 * through a load balancer reads the same progress from every node, at most a second old.
 */
@Component
class SharedProgress {

	static final long WRITE_EVERY_NANOS = 1_000_000_000L;

	private static final Logger logger = LoggerFactory.getLogger(SharedProgress.class);

	private final JdbcClient jdbc;

	private final Map<Long, Local> local = new ConcurrentHashMap<>();

	SharedProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records how far an import of this node has come.
	 * @param datasetId the dataset
	 * @param progress its progress
	 */
	void put(long datasetId, ImportProgress progress) {
		long now = System.nanoTime();
		Local before = this.local.get(datasetId);
		boolean write = before == null || !before.progress().stage().equals(progress.stage())
				|| now - before.writtenAt() >= WRITE_EVERY_NANOS;
		this.local.put(datasetId, new Local(progress, write ? now : before.writtenAt()));
		if (write) {
			store(datasetId, progress);
		}
	}

	/**
	 * The progress of an import, run by this node or by another.
	 * @param datasetId the dataset
	 * @return its progress, empty when no node has reported any or the lease of the node
	 * that did has run out
	 */
	Optional<ImportProgress> get(long datasetId) {
		Local mine = this.local.get(datasetId);
		if (mine != null) {
			return Optional.of(mine.progress());
		}
		return this.jdbc
			.sql("select progress_stage, progress_rows, progress_expected from wage_dataset"
					+ " where id = :id and status = 'PROCESSING' and progress_stage is not null and not "
					+ ImportLeases.EXPIRED)
			.param("id", datasetId)
			.query((rs, row) -> new ImportProgress(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	/**
	 * Forgets an import of this node that ended (its row's status says how).
	 * @param datasetId the dataset
	 */
	void remove(long datasetId) {
		this.local.remove(datasetId);
	}

	private void store(long datasetId, ImportProgress progress) {
		try {
			this.jdbc
				.sql("""
						update wage_dataset set progress_stage = :stage, progress_rows = :rows, progress_expected = :expected
						where id = :id and status = 'PROCESSING'""")
				.param("stage", progress.stage())
				.param("rows", progress.rowsRead())
				.param("expected", progress.expectedRows())
				.param("id", datasetId)
				.update();
		}
		catch (DataAccessException ex) {
			// Progress is shown, not used: the import goes on.
			logger.warn("Could not record the progress of dataset {}: {}", datasetId, ex.getMessage());
		}
	}

	private record Local(ImportProgress progress, long writtenAt) {
	}

}
