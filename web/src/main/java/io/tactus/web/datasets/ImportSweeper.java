package io.tactus.web.datasets;

import java.util.List;

import io.tactus.web.datasets.ImportLeases.Expired;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every node, every {@value #EVERY_MILLIS} ms: a {@code PROCESSING} dataset whose
 * lease ran out (its node stopped, or stalled for longer than the lease) is marked
 * {@code FAILED} and its rows deleted, in one transaction, by whichever node gets there
 * first. The published data never change. The node that held the lease, should it come
 * back, finds it lost and stops.
 */
@Component
class ImportSweeper {

	static final long EVERY_MILLIS = 5000;

	private static final Logger logger = LoggerFactory.getLogger(ImportSweeper.class);

	private final ImportLeases leases;

	private final WageRowStore rows;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final ImportMetrics metrics;

	ImportSweeper(ImportLeases leases, WageRowStore rows, AuditLog audit, TransactionTemplate transactions,
			ImportMetrics metrics) {
		this.leases = leases;
		this.rows = rows;
		this.audit = audit;
		this.transactions = transactions;
		this.metrics = metrics;
	}

	@Scheduled(fixedDelay = EVERY_MILLIS, initialDelay = EVERY_MILLIS)
	void sweep() {
		try {
			sweepNow();
		}
		catch (DataAccessException ex) {
			logger.warn("Cannot look for abandoned wage imports: {}", ex.getMessage());
		}
	}

	/**
	 * Fails every dataset whose lease has run out.
	 * @return how many this call failed
	 */
	int sweepNow() {
		List<Expired> expired = this.leases.expired();
		int failed = 0;
		for (Expired dataset : expired) {
			String message = message(dataset.owner());
			Boolean mine = this.transactions.execute((status) -> {
				if (!this.leases.failExpired(dataset.id(), message)) {
					return false;
				}
				this.rows.deleteRows(dataset.id());
				return true;
			});
			if (Boolean.TRUE.equals(mine)) {
				failed++;
				this.audit.record(dataset.uploadedBy(), AuditAction.DATASET_FAILED, dataset.fileName(),
						"dataset " + dataset.id() + ": node " + ((dataset.owner() != null) ? dataset.owner() : "?")
								+ " stopped renewing its lease; found by " + this.leases.node());
				this.metrics.finished(ImportMetrics.ABANDONED, 0);
				logger.warn("Dataset {} ({}) was being imported by node {}, which stopped: marked failed by {}",
						dataset.id(), dataset.fileName(), dataset.owner(), this.leases.node());
			}
		}
		return failed;
	}

	static String message(String owner) {
		return "The portal node importing this file" + ((owner != null) ? " (" + owner + ")" : "")
				+ " stopped before it finished; nothing of it is used. Upload the file again.";
	}

}
