package io.tactus.web.datasets;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * This node's import metrics: {@code tactus.imports} counts finished imports by
 * {@code outcome}, {@code tactus.imports.duration} times them, and
 * {@code tactus.imports.running} is the number running now.
 */
@Component
class ImportMetrics {

	/** Read and checked without errors. */
	static final String READY = "ready";

	/** The file has errors or cannot be read. */
	static final String REJECTED = "rejected";

	/** An unexpected failure on this node. */
	static final String FAILED = "failed";

	/** This node was stopped during the import and marked it failed. */
	static final String STOPPED = "stopped";

	/**
	 * This node lost its lease (it stalled, and another node marked the import failed).
	 */
	static final String LOST_LEASE = "lost-lease";

	/** This node marked failed an import whose node stopped renewing its lease. */
	static final String ABANDONED = "abandoned";

	private final MeterRegistry registry;

	private final AtomicInteger running = new AtomicInteger();

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("tactus.imports.running", this.running, AtomicInteger::get)
			.description("Wage imports running on this node")
			.register(registry);
	}

	void started() {
		this.running.incrementAndGet();
	}

	void ended() {
		this.running.decrementAndGet();
	}

	int running() {
		return this.running.get();
	}

	/**
	 * Counts a finished import and times it.
	 * @param outcome how it ended
	 * @param nanos how long it took, 0 when it did not run here
	 */
	void finished(String outcome, long nanos) {
		Counter.builder("tactus.imports")
			.description("Wage imports finished (or found abandoned) by this node, by outcome")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		if (nanos > 0) {
			Timer.builder("tactus.imports.duration")
				.description("How long wage imports took on this node")
				.tag("outcome", outcome)
				.register(this.registry)
				.record(Duration.ofNanos(nanos));
		}
	}

	/**
	 * The count of an outcome on this node.
	 * @param outcome the outcome
	 * @return how many
	 */
	double count(String outcome) {
		Counter counter = this.registry.find("tactus.imports").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
