package io.tactus.web.datasets;

import java.util.Optional;

import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.ReadReport;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * How an import ends: the status it is given, written while the lease is held, audited
 * and counted. A rejected, failed or abandoned import's rows are deleted.
 */
@Component
class ImportOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(ImportOutcomes.class);

	private final Datasets datasets;

	private final WageRowStore rows;

	private final AuditLog audit;

	private final ImportLeases leases;

	private final HeldImports held;

	private final ImportMetrics metrics;

	ImportOutcomes(Datasets datasets, WageRowStore rows, AuditLog audit, ImportLeases leases, HeldImports held,
			ImportMetrics metrics) {
		this.datasets = datasets;
		this.rows = rows;
		this.audit = audit;
		this.leases = leases;
		this.held = held;
		this.metrics = metrics;
	}

	/**
	 * Marks a read file ready or rejected, with its findings.
	 */
	DatasetStatus finished(DatasetImporter.ImportRequest request, ImportHold lease, long started, ReadReport report) {
		long id = request.datasetId();
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
		this.held.whileHeld(lease, id, () -> {
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

	DatasetStatus failed(DatasetImporter.ImportRequest request, ImportHold lease, long started, Throwable ex) {
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
				this.held.whileHeld(lease, id, () -> {
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
			this.held.whileHeld(lease, id, () -> {
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
	DatasetStatus abandon(DatasetImporter.ImportRequest request, ImportHold lease, long started) {
		long id = request.datasetId();
		try {
			this.held.whileHeld(lease, id, () -> {
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

}
