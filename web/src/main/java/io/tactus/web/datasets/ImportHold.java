package io.tactus.web.datasets;

import java.util.concurrent.TimeUnit;

/**
 * This node's hold on one import: when its lease was last renewed (the node's own
 * monotonic clock, so the lease is known lost when the database cannot be reached to
 * renew it) and whether it must stop.
 */
final class ImportHold {

	private final long leaseNanos;

	private volatile long validUntil;

	private volatile boolean claimed;

	private volatile ImportStop stop = ImportStop.NONE;

	ImportHold(long leaseMillis, boolean claimed) {
		this.leaseNanos = TimeUnit.MILLISECONDS.toNanos(leaseMillis);
		this.validUntil = System.nanoTime() + this.leaseNanos;
		this.claimed = claimed;
	}

	void renewed(long at) {
		this.claimed = true;
		this.validUntil = at + this.leaseNanos;
	}

	boolean claimed() {
		return this.claimed;
	}

	boolean expired() {
		return System.nanoTime() - this.validUntil > 0;
	}

	synchronized void stop(ImportStop reason) {
		if (this.stop == ImportStop.NONE) {
			this.stop = reason;
		}
	}

	ImportStop stop() {
		return this.stop;
	}

	/**
	 * Throws when the import must stop.
	 * @throws ImportStoppedException when it must
	 */
	void check() {
		if (this.stop == ImportStop.NONE && this.claimed && expired()) {
			stop(ImportStop.LOST);
		}
		if (this.stop != ImportStop.NONE) {
			throw new ImportStoppedException(this.stop);
		}
	}

}
