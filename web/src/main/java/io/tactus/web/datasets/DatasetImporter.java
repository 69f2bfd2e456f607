package io.tactus.web.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.OewsReader;
import io.tactus.reports.oews.ReadReport;
import io.tactus.reports.oews.RowSink;
import io.tactus.reports.oews.WageRow;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads, checks and stores uploaded wage tables one at a time, off the request thread.
 * Rows go to the database in batches under the dataset's id; a rejected or failed import
 * deletes them again, and nothing reads rows of a dataset that is not published, so an
 * import is all or nothing.
 * <p>
 * With several nodes, a node imports a dataset only while it holds the dataset's lease
 * ({@link ImportLeases}): it renews the leases of the imports it has queued or running
 * every third of the lease, and each batch of rows and the final status are written in a
 * transaction that first locks the dataset's row and checks that the lease is still this
 * node's. An import whose lease is lost (the node stalled and another marked it failed)
 * stops without writing anything more. When the node stops, its running and queued
 * imports are marked failed by it; what it cannot mark within {@value #STOP_WAIT_SECONDS}
 * seconds is left to the other nodes' {@link ImportSweeper}.
 */
@Component
class DatasetImporter {

	static final int BATCH_SIZE = 2000;

	static final int QUEUED_BATCHES = 4;

	static final int STOP_WAIT_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	private final Datasets datasets;

	private final WageRowStore rows;

	private final AuditLog audit;

	private final StoredUploads uploads;

	private final ImportLeases leases;

	private final TransactionTemplate transactions;

	private final ImportMetrics metrics;

	private final SharedProgress progress;

	/** The imports whose lease this node holds: queued or running. */
	private final Map<Long, ImportHold> held = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wage-import");
		thread.setDaemon(true);
		return thread;
	});

	private final ExecutorService writers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "wage-import-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "wage-import-lease");
		thread.setDaemon(true);
		return thread;
	});

	DatasetImporter(Datasets datasets, WageRowStore rows, AuditLog audit, StoredUploads uploads, ImportLeases leases,
			TransactionTemplate transactions, ImportMetrics metrics, SharedProgress progress) {
		this.datasets = datasets;
		this.progress = progress;
		this.rows = rows;
		this.audit = audit;
		this.uploads = uploads;
		this.leases = leases;
		this.transactions = transactions;
		this.metrics = metrics;
		long every = Math.max(100, leases.millis() / 3);
		this.renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Queues an import of a dataset whose lease this node holds.
	 * @param request what to import
	 */
	void submit(ImportRequest request) {
		this.held.computeIfAbsent(request.datasetId(), (id) -> new ImportHold(this.leases.millis(), true));
		this.progress.put(request.datasetId(), ImportProgress.QUEUED);
		this.executor.execute(() -> run(request));
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
		ImportHold lease = this.held.computeIfAbsent(id, (key) -> new ImportHold(this.leases.millis(), false));
		try {
			if (this.stopping) {
				lease.stop(ImportStop.NODE_STOPPING);
				return abandon(request, lease, System.nanoTime());
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
			this.held.remove(id);
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
			whileHeld(lease, id, () -> this.rows.deleteRows(id));
			Batches sink = new Batches(id, lease);
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
			Integer year = report.surveyYear().isPresent() ? Integer.valueOf(report.surveyYear().getAsInt())
					: request.askedYear();
			String message = "";
			DatasetStatus status = DatasetStatus.READY;
			if (!report.isAccepted()) {
				status = DatasetStatus.REJECTED;
				message = "The file has " + report.errorCount() + " error(s); fix them and upload it again.";
			}
			else if (report.rowsAccepted() == 0) {
				status = DatasetStatus.REJECTED;
				message = "The file has no data rows.";
			}
			else if (year == null) {
				status = DatasetStatus.REJECTED;
				message = "The survey year is neither in the file name nor in the sheet name: upload the file again and enter the year.";
			}
			DatasetStatus outcome = status;
			String reason = message;
			whileHeld(lease, id, () -> {
				if (outcome == DatasetStatus.REJECTED) {
					this.rows.deleteRows(id);
				}
				this.datasets.saveFindings(id, report.findings());
				this.datasets.finish(id, report, year, outcome, reason);
			});
			this.audit.record(request.uploadedBy(),
					(status == DatasetStatus.READY) ? AuditAction.DATASET_READY : AuditAction.DATASET_REJECTED,
					request.fileName(), "dataset " + id + ", " + report.rowsAccepted() + " rows, " + report.errorCount()
							+ " errors, " + report.warningCount() + " warnings");
			this.metrics.finished((status == DatasetStatus.READY) ? ImportMetrics.READY : ImportMetrics.REJECTED,
					System.nanoTime() - started);
			return status;
		}
		catch (Throwable ex) {
			return failed(request, lease, started, ex);
		}
	}

	private DatasetStatus failed(ImportRequest request, ImportHold lease, long started, Throwable ex) {
		long id = request.datasetId();
		if (lease.stop() == ImportStop.LOST) {
			logger.warn("Import of dataset {} ({}) stopped: node {} lost its lease; another node marks it failed", id,
					request.fileName(), this.leases.node());
			this.metrics.finished(ImportMetrics.LOST_LEASE, System.nanoTime() - started);
			return DatasetStatus.FAILED;
		}
		if (lease.stop() == ImportStop.NODE_STOPPING) {
			return abandon(request, lease, started);
		}
		if (ex instanceof OewsFileException) {
			try {
				whileHeld(lease, id, () -> {
					this.rows.deleteRows(id);
					this.datasets.fail(id, DatasetStatus.REJECTED, ex.getMessage());
				});
				this.audit.record(request.uploadedBy(), AuditAction.DATASET_REJECTED, request.fileName(),
						"dataset " + id + ": " + ex.getMessage());
				this.metrics.finished(ImportMetrics.REJECTED, System.nanoTime() - started);
				return DatasetStatus.REJECTED;
			}
			catch (LeaseLostException lost) {
				return failed(request, lease, started, lost);
			}
		}
		logger.error("Import of dataset {} ({}) failed", id, request.fileName(), ex);
		Optional<Error> fatal = fatal(ex);
		try {
			whileHeld(lease, id, () -> {
				this.rows.deleteRows(id);
				this.datasets.fail(id, DatasetStatus.FAILED, failure(fatal));
			});
			this.audit.record(request.uploadedBy(), AuditAction.DATASET_FAILED, request.fileName(),
					"dataset " + id + ": " + ex.getClass().getSimpleName());
			this.metrics.finished(ImportMetrics.FAILED, System.nanoTime() - started);
		}
		catch (LeaseLostException lost) {
			logger.warn("Node {} lost the lease on dataset {} before it could mark it failed", this.leases.node(), id);
			this.metrics.finished(ImportMetrics.LOST_LEASE, System.nanoTime() - started);
		}
		catch (RuntimeException | Error marking) {
			ex.addSuppressed(marking);
		}
		if (fatal.isPresent()) {
			throw fatal.get();
		}
		return DatasetStatus.FAILED;
	}

	/**
	 * Marks failed, as this node stops, an import it holds.
	 */
	private DatasetStatus abandon(ImportRequest request, ImportHold lease, long started) {
		long id = request.datasetId();
		try {
			whileHeld(lease, id, () -> {
				this.rows.deleteRows(id);
				this.datasets.fail(id, DatasetStatus.FAILED, stoppedMessage(this.leases.node()));
			});
			this.audit.record(request.uploadedBy(), AuditAction.DATASET_FAILED, request.fileName(),
					"dataset " + id + ": node " + this.leases.node() + " stopped");
			logger.warn("Node {} stopped during the import of dataset {} ({}): marked failed", this.leases.node(), id,
					request.fileName());
			this.metrics.finished(ImportMetrics.STOPPED, System.nanoTime() - started);
		}
		catch (RuntimeException ex) {
			logger.warn("Node {} stopped during the import of dataset {} and could not mark it failed ({}): "
					+ "the other nodes will once its lease runs out", this.leases.node(), id, ex.toString());
		}
		return DatasetStatus.FAILED;
	}

	static String stoppedMessage(String node) {
		return "The portal node importing this file (" + node
				+ ") was stopped during the import; nothing of it is used. Upload the file again.";
	}

	/**
	 * Runs work in a transaction that holds the lock on the dataset's row, if this node
	 * still holds its lease.
	 * @throws LeaseLostException when it does not
	 */
	private void whileHeld(ImportHold lease, long id, Runnable work) {
		this.transactions.executeWithoutResult((status) -> {
			if (!this.leases.lockIfHeld(id)) {
				lease.stop(ImportStop.LOST);
				throw new LeaseLostException(id);
			}
			work.run();
		});
	}

	/**
	 * Renews the leases this node holds; one found lost (or not renewed before it ran
	 * out, the database being unreachable) stops its import.
	 */
	void renew() {
		for (Map.Entry<Long, ImportHold> entry : this.held.entrySet()) {
			ImportHold lease = entry.getValue();
			long before = System.nanoTime();
			try {
				if (this.leases.renew(entry.getKey())) {
					lease.renewed(before);
				}
				else if (lease.claimed()) {
					lease.stop(ImportStop.LOST);
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Cannot renew the lease on dataset {}: {}", entry.getKey(), ex.toString());
				if (lease.expired()) {
					lease.stop(ImportStop.LOST);
				}
			}
		}
	}

	/**
	 * The error that must end the import thread (and, with
	 * {@code -XX:+ExitOnOutOfMemoryError}, the process): an {@link Error} thrown here, or
	 * a {@link VirtualMachineError} (out of memory, stack overflow) that the row writer
	 * hit, wrapped on its way to this thread.
	 */
	static Optional<Error> fatal(Throwable failure) {
		if (failure instanceof Error error) {
			return Optional.of(error);
		}
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof VirtualMachineError error) {
				return Optional.of(error);
			}
		}
		return Optional.empty();
	}

	private static String failure(Optional<Error> fatal) {
		if (fatal.isPresent() && fatal.get() instanceof OutOfMemoryError) {
			return "The import ran out of memory and was stopped; nothing of this file is used. Tell the operator (the portal's log has the details).";
		}
		if (fatal.isPresent()) {
			return "The import stopped with an internal error; nothing of this file is used. Tell the operator (the portal's log has the details).";
		}
		return "The import stopped unexpectedly; nothing of this file is used. Try the upload again.";
	}

	/**
	 * Stops the running import and marks it (and every queued one) failed, waiting up to
	 * {@value #STOP_WAIT_SECONDS} seconds: the database is still open, since this bean
	 * depends on it.
	 */
	@PreDestroy
	void stop() {
		this.stopping = true;
		this.held.values().forEach((lease) -> lease.stop(ImportStop.NODE_STOPPING));
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
				logger.warn("The wage import did not stop within {} s; the other nodes will mark it failed",
						STOP_WAIT_SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor.shutdownNow();
		this.renewer.shutdownNow();
		this.writers.shutdownNow();
	}

	/**
	 * Collects accepted rows and writes them in batches on a second thread, so storing
	 * one batch overlaps reading the next; the reader waits when the writer falls behind
	 * (at most {@value #QUEUED_BATCHES} batches wait), so memory stays bounded.
	 */
	private final class Batches implements RowSink {

		private static final List<WageRow> END = List.of();

		private final long datasetId;

		private final ImportHold lease;

		private final BlockingQueue<List<WageRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);

		private final CompletableFuture<Void> writer;

		private List<WageRow> batch = new ArrayList<>(BATCH_SIZE);

		Batches(long datasetId, ImportHold lease) {
			this.datasetId = datasetId;
			this.lease = lease;
			this.writer = CompletableFuture.runAsync(this::write, DatasetImporter.this.writers);
		}

		@Override
		public void accept(WageRow row) {
			this.lease.check();
			this.batch.add(row);
			if (this.batch.size() >= BATCH_SIZE) {
				hand(this.batch);
				this.batch = new ArrayList<>(BATCH_SIZE);
			}
		}

		@Override
		public void progress(long rowsRead, OptionalLong expectedRows) {
			this.lease.check();
			DatasetImporter.this.progress.put(this.datasetId,
					new ImportProgress("reading", rowsRead, expectedRows.orElse(0)));
		}

		/**
		 * Writes what is left and waits until every batch is stored.
		 */
		void finish() {
			if (!this.batch.isEmpty()) {
				hand(this.batch);
			}
			hand(END);
			this.writer.join();
		}

		/**
		 * Stops the writer after a failure and waits for it, so that the caller can
		 * delete what it stored.
		 */
		void abandon() {
			this.queue.clear();
			this.queue.offer(END);
			try {
				this.writer.join();
			}
			catch (RuntimeException ex) {
				// the import fails anyway; its rows are deleted next
			}
		}

		private void hand(List<WageRow> rows) {
			try {
				while (!this.queue.offer(rows, 1, TimeUnit.SECONDS)) {
					if (this.writer.isDone()) {
						this.writer.join();
						throw new IllegalStateException("The row writer stopped");
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while storing rows", ex);
			}
		}

		/**
		 * Stores the batches as they come, each in a transaction that first locks the
		 * dataset's row and checks the lease, so that no row is stored once the lease is
		 * lost (and the rows deleted by whoever failed the import stay deleted).
		 */
		private void write() {
			try {
				for (List<WageRow> rows = this.queue.take(); rows != END; rows = this.queue.take()) {
					List<WageRow> batch = rows;
					whileHeld(this.lease, this.datasetId,
							() -> DatasetImporter.this.rows.insert(this.datasetId, batch));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

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
