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

/**
 * Reads, checks and stores uploaded wage tables one at a time, off the request thread.
 * Rows go to the database in batches under the dataset's id; a rejected or failed import
 * deletes them again, and nothing reads rows of a dataset that is not published, so an
 * import is all or nothing.
 */
@Component
class DatasetImporter {

	static final int BATCH_SIZE = 2000;

	static final int QUEUED_BATCHES = 4;

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	private final Datasets datasets;

	private final WageRowStore rows;

	private final AuditLog audit;

	private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();

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

	DatasetImporter(Datasets datasets, WageRowStore rows, AuditLog audit) {
		this.datasets = datasets;
		this.rows = rows;
		this.audit = audit;
	}

	/**
	 * Queues an import.
	 * @param request what to import
	 */
	void submit(ImportRequest request) {
		this.progress.put(request.datasetId(), ImportProgress.QUEUED);
		this.executor.execute(() -> run(request));
	}

	/**
	 * The progress of a queued or running import.
	 * @param datasetId the dataset
	 * @return the progress, empty when it is not queued or running
	 */
	Optional<ImportProgress> progress(long datasetId) {
		return Optional.ofNullable(this.progress.get(datasetId));
	}

	/**
	 * Imports now, on this thread.
	 * @param request what to import
	 * @return the status it ended in
	 */
	DatasetStatus run(ImportRequest request) {
		long id = request.datasetId();
		this.progress.put(id, new ImportProgress("reading", 0, 0));
		Batches sink = new Batches(id);
		try {
			ReadReport report;
			try {
				report = request.read(sink);
				sink.finish();
			}
			catch (Exception | Error ex) {
				sink.abandon();
				throw ex;
			}
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
			if (status == DatasetStatus.REJECTED) {
				this.rows.deleteRows(id);
			}
			this.datasets.saveFindings(id, report.findings());
			this.datasets.finish(id, report, year, status, message);
			this.audit.record(request.uploadedBy(),
					(status == DatasetStatus.READY) ? AuditAction.DATASET_READY : AuditAction.DATASET_REJECTED,
					request.fileName(), "dataset " + id + ", " + report.rowsAccepted() + " rows, " + report.errorCount()
							+ " errors, " + report.warningCount() + " warnings");
			return status;
		}
		catch (OewsFileException ex) {
			this.rows.deleteRows(id);
			this.datasets.fail(id, DatasetStatus.REJECTED, ex.getMessage());
			this.audit.record(request.uploadedBy(), AuditAction.DATASET_REJECTED, request.fileName(),
					"dataset " + id + ": " + ex.getMessage());
			return DatasetStatus.REJECTED;
		}
		catch (Throwable ex) {
			logger.error("Import of dataset {} ({}) failed", id, request.fileName(), ex);
			Optional<Error> fatal = fatal(ex);
			try {
				this.rows.deleteRows(id);
				this.datasets.fail(id, DatasetStatus.FAILED, failure(fatal));
				this.audit.record(request.uploadedBy(), AuditAction.DATASET_FAILED, request.fileName(),
						"dataset " + id + ": " + ex.getClass().getSimpleName());
			}
			catch (RuntimeException | Error marking) {
				ex.addSuppressed(marking);
			}
			if (fatal.isPresent()) {
				throw fatal.get();
			}
			return DatasetStatus.FAILED;
		}
		finally {
			this.progress.remove(id);
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

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
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

		private final BlockingQueue<List<WageRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);

		private final CompletableFuture<Void> writer;

		private List<WageRow> batch = new ArrayList<>(BATCH_SIZE);

		Batches(long datasetId) {
			this.datasetId = datasetId;
			this.writer = CompletableFuture.runAsync(this::write, DatasetImporter.this.writers);
		}

		@Override
		public void accept(WageRow row) {
			this.batch.add(row);
			if (this.batch.size() >= BATCH_SIZE) {
				hand(this.batch);
				this.batch = new ArrayList<>(BATCH_SIZE);
			}
		}

		@Override
		public void progress(long rowsRead, OptionalLong expectedRows) {
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

		private void write() {
			try {
				for (List<WageRow> rows = this.queue.take(); rows != END; rows = this.queue.take()) {
					DatasetImporter.this.rows.insert(this.datasetId, rows);
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
	 * @param file where the upload is stored, {@code null} for bundled data
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
