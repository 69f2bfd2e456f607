package io.tactus.web.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.tactus.reports.oews.RowSink;
import io.tactus.reports.oews.WageRow;

/**
 * Collects accepted rows and writes them in batches on a second thread, so storing one
 * batch overlaps reading the next; the reader waits when the writer falls behind (at most
 * {@value DatasetImporter#QUEUED_BATCHES} batches wait), so memory stays bounded.
 */
final class RowBatches implements RowSink {

	private static final int BATCH_SIZE = DatasetImporter.BATCH_SIZE;

	private static final List<WageRow> END = List.of();

	private final long datasetId;

	private final ImportHold lease;

	private final SharedProgress progress;

	private final Consumer<List<WageRow>> store;

	private final BlockingQueue<List<WageRow>> queue = new ArrayBlockingQueue<>(DatasetImporter.QUEUED_BATCHES);

	private final CompletableFuture<Void> writer;

	private List<WageRow> batch = new ArrayList<>(BATCH_SIZE);

	/**
	 * Starts the writer.
	 * @param datasetId the dataset
	 * @param lease the hold on its lease, checked for every row
	 * @param progress where the rows read are reported
	 * @param store stores one batch, in a transaction that first checks the lease, so
	 * that no row is stored once the lease is lost (and the rows deleted by whoever
	 * failed the import stay deleted)
	 * @param writers where the writer runs
	 */
	RowBatches(long datasetId, ImportHold lease, SharedProgress progress, Consumer<List<WageRow>> store,
			Executor writers) {
		this.datasetId = datasetId;
		this.lease = lease;
		this.progress = progress;
		this.store = store;
		this.writer = CompletableFuture.runAsync(this::write, writers);
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
		this.progress.put(this.datasetId, new ImportProgress("reading", rowsRead, expectedRows.orElse(0)));
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
	 * Stops the writer after a failure and waits for it, so that the caller can delete
	 * what it stored.
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
	 * Stores the batches as they come.
	 */
	private void write() {
		try {
			for (List<WageRow> rows = this.queue.take(); rows != END; rows = this.queue.take()) {
				this.store.accept(rows);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
