package io.tactus.web.datasets;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports whose lease this node holds, queued or running: renews their leases every
 * third of the lease, and runs an import's writes in a transaction that first locks the
 * dataset's row and checks that the lease is still this node's.
 */
@Component
class HeldImports {

	private static final Logger logger = LoggerFactory.getLogger(HeldImports.class);

	private final ImportLeases leases;

	private final TransactionTemplate transactions;

	private final Map<Long, ImportHold> held = new ConcurrentHashMap<>();

	HeldImports(ImportLeases leases, TransactionTemplate transactions,
			@Qualifier(ImportExecutors.LEASES) TaskScheduler scheduler) {
		this.leases = leases;
		this.transactions = transactions;
		Duration every = Duration.ofMillis(Math.max(100, leases.millis() / 3));
		scheduler.scheduleWithFixedDelay(this::renew, Instant.now().plus(every), every);
	}

	/**
	 * The hold on a dataset's lease, taken now if this node has none.
	 * @param id the dataset
	 * @param claimed whether this node has already claimed the lease
	 * @return the hold
	 */
	ImportHold hold(long id, boolean claimed) {
		return this.held.computeIfAbsent(id, (key) -> new ImportHold(this.leases.millis(), claimed));
	}

	void release(long id) {
		this.held.remove(id);
	}

	/**
	 * Stops every import this node holds.
	 * @param reason why
	 */
	void stopAll(ImportStop reason) {
		this.held.values().forEach((lease) -> lease.stop(reason));
	}

	/**
	 * Runs work in a transaction that holds the lock on the dataset's row, if this node
	 * still holds its lease.
	 * @throws LeaseLostException when it does not
	 */
	void whileHeld(ImportHold lease, long id, Runnable work) {
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

}
