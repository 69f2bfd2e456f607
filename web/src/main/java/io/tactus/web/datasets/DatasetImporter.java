package io.tactus.web.datasets;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.tactus.reports.oews.OewsReader;
import io.tactus.reports.oews.ReadReport;
import io.tactus.reports.oews.RowSink;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Reads, checks and stores uploaded wage tables one at a time, off the request thread.
 * Rows go to the database in batches under the dataset's id; a rejected or failed import
 * deletes them again, and nothing reads rows of a dataset that is not published, so an
 * import is all or nothing.
 * <p>
 * With several nodes, a node imports a dataset only while it holds the dataset's lease
 * ({@link ImportLeases}): {@link HeldImports} renews the leases of the imports it has
 * queued or running every third of the lease, and each batch of rows ({@link RowBatches})
 * and the final status ({@link ImportOutcomes}) are written in a transaction that first
 * locks the dataset's row and checks that the lease is still this node's. An import whose
 * lease is lost (the node stalled and another marked it failed) stops without writing
 * anything more. When the node stops, its running and queued imports are marked failed by
 * it; what it cannot mark within {@value #STOP_WAIT_SECONDS} seconds is left to the other
 * nodes' {@link ImportSweeper}.
 */
@Component
class DatasetImporter {

	static final int BATCH_SIZE = 2000;

	static final int QUEUED_BATCHES = 4;

	static final int STOP_WAIT_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	private final Datasets datasets;

	private final WageRowStore rows;

	private final StoredUploads uploads;

	private final ImportLeases leases;

	private final ImportMetrics metrics;

	private final SharedProgress progress;

	private final HeldImports held;

	private final ImportOutcomes outcomes;

	private final TaskExecutor executor;

	private final Executor writers;

	private volatile boolean stopping;

	DatasetImporter(Datasets datasets, WageRowStore rows, StoredUploads uploads, ImportLeases leases,
			ImportMetrics metrics, SharedProgress progress, HeldImports held, ImportOutcomes outcomes,
			@Qualifier(ImportExecutors.IMPORTS) TaskExecutor executor,
			@Qualifier(ImportExecutors.WRITERS) Executor writers) {
		this.datasets = datasets;
		this.rows = rows;
		this.uploads = uploads;
		this.leases = leases;
		this.metrics = metrics;
		this.progress = progress;
		this.held = held;
		this.outcomes = outcomes;
		this.executor = executor;
		this.writers = writers;
	}

	/**
	 * Queues an import of a dataset whose lease this node holds.
	 * @param request what to import
	 * @throws TaskRejectedException when {@value ImportExecutors#QUEUE_CAPACITY} imports
	 * are queued already (the dataset's lease then runs out and the sweeper marks it
	 * failed)
	 */
	void submit(ImportRequest request) {
		this.held.hold(request.datasetId(), true);
		this.progress.put(request.datasetId(), ImportProgress.QUEUED);
		try {
			this.executor.execute(() -> run(request));
		}
		catch (TaskRejectedException ex) {
			this.held.release(request.datasetId());
			this.progress.remove(request.datasetId());
			throw ex;
		}
	}

	/**
	 * Queues the import of an upload stored in the database: the import copies it to a
	 * temporary file of this node and deletes the copy when done.
	 * @param datasetId the dataset (its lease held by this node)
	 * @param fileName the name it was uploaded with
	 * @param askedYear the survey year the admin entered, {@code null} when none
	 * @param uploadedBy who uploaded it
	 */
	void submitStored(long datasetId, String fileName, Integer askedYear, String uploadedBy) {
		submit(new ImportRequest(datasetId, null, fileName, askedYear, uploadedBy, (sink) -> {
			Path copy = this.uploads.copyToTemporaryFile(datasetId, DatasetService.extension(fileName));
			try {
				return OewsReader.read(copy, fileName, sink);
			}
			finally {
				StoredUploads.delete(copy);
			}
		}));
	}

	/**
	 * The progress of a queued or running import.
	 * @param datasetId the dataset
	 * @return the progress, empty when it is not queued or running
	 */
	Optional<ImportProgress> progress(long datasetId) {
		return this.progress.get(datasetId);
	}

	/**
	 * Imports now, on this thread, if this node holds (or can take) the dataset's lease.
	 * @param request what to import
	 * @return the status it ended in ({@code PROCESSING} when another node holds it)
	 */
	DatasetStatus run(ImportRequest request) {
		long id = request.datasetId();
		ImportHold lease = this.held.hold(id, false);
		try {
			if (this.stopping) {
				lease.stop(ImportStop.NODE_STOPPING);
				return this.outcomes.abandon(request, lease, System.nanoTime());
			}
			long claimedAt = System.nanoTime();
			if (!this.leases.claim(id)) {
				logger.warn("Not importing dataset {} ({}): it is no longer PROCESSING under this node {}", id,
						request.fileName(), this.leases.node());
				this.metrics.finished(ImportMetrics.LOST_LEASE, 0);
				return this.datasets.find(id).map(Dataset::status).orElse(DatasetStatus.FAILED);
			}
			lease.renewed(claimedAt);
			this.metrics.started();
			try {
				return importHeld(request, lease);
			}
			finally {
				this.metrics.ended();
			}
		}
		finally {
			this.held.release(id);
			this.progress.remove(id);
		}
	}

	private DatasetStatus importHeld(ImportRequest request, ImportHold lease) {
		long id = request.datasetId();
		long started = System.nanoTime();
		this.progress.put(id, new ImportProgress("reading", 0, 0));
		try {
			// Rows of an earlier attempt whose node died (a dataset taken over after its
			// lease ran out).
			this.held.whileHeld(lease, id, () -> this.rows.deleteRows(id));
			RowBatches sink = new RowBatches(id, lease, this.progress,
					(batch) -> this.held.whileHeld(lease, id, () -> this.rows.insert(id, batch)), this.writers);
			ReadReport report;
			try {
				report = request.read(sink);
				sink.finish();
			}
			catch (Exception | Error ex) {
				sink.abandon();
				throw ex;
			}
			lease.check();
			this.progress.put(id, new ImportProgress("saving", report.rowsRead(), report.rowsRead()));
			return this.outcomes.finished(request, lease, started, report);
		}
		catch (Throwable ex) {
			return this.outcomes.failed(request, lease, started, ex);
		}
	}

	/**
	 * Tells the running import and every queued one that this node stops: the running one
	 * stops reading and each is marked failed as the import thread drains its queue (see
	 * {@link ImportExecutors}), while the database is still open.
	 */
	@PreDestroy
	void stop() {
		this.stopping = true;
		this.held.stopAll(ImportStop.NODE_STOPPING);
	}

	/**
	 * One file to import.
	 *
	 * @param datasetId the dataset it becomes
	 * @param file the file on this node, {@code null} when the reader reads it from
	 * elsewhere (the database, the classpath)
	 * @param fileName the name it was uploaded with
	 * @param askedYear the survey year the admin entered, {@code null} when none
	 * @param uploadedBy who uploaded it
	 * @param reader how to read it
	 */
	record ImportRequest(long datasetId, Path file, String fileName, Integer askedYear, String uploadedBy,
			Reader reader) {

		static ImportRequest ofFile(long datasetId, Path file, String fileName, Integer askedYear, String uploadedBy) {
			return new ImportRequest(datasetId, file, fileName, askedYear, uploadedBy,
					(sink) -> OewsReader.read(file, fileName, sink));
		}

		ReadReport read(RowSink sink) throws Exception {
			return this.reader.read(sink);
		}

	}

	/**
	 * Reads a wage table into a sink.
	 */
	@FunctionalInterface
	interface Reader {

		ReadReport read(RowSink sink) throws Exception;

	}

}
