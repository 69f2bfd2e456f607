package io.tactus.web.system;

/**
 * Sets how many platform threads carry the virtual threads: as many as requests work at
 * once ({@code TACTUS_WEB_CONCURRENCY}, four per core by default) instead of the JDK's
 * one per core, unless {@code -Djdk.virtualThreadScheduler.parallelism} is given.
 * <p>
 * A virtual thread runs until it blocks; with one carrier per core, the few requests
 * rendering at once did not share the cores in turn, and a request whose thread was woken
 * by Tomcat's poller could wait for seconds behind them (page p99 0.8-2.7 s in the load
 * test). With a carrier per permit the operating system shares the cores among the
 * requests in the gate, as it did with the old pool of 8 threads, while waiting requests
 * still cost no platform thread (docs/architecture.md, "Threads and slow clients"). Must
 * run before the first virtual thread starts: the JDK reads the setting once.
 */
public final class VirtualThreadCarriers {

	static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

	private VirtualThreadCarriers() {
	}

	/**
	 * Sets the carrier count from {@code TACTUS_WEB_CONCURRENCY} unless the JVM was given
	 * one.
	 */
	public static void configure() {
		if (System.getProperty(PARALLELISM) == null) {
			System.setProperty(PARALLELISM, Integer
				.toString(count(System.getenv("TACTUS_WEB_CONCURRENCY"), Runtime.getRuntime().availableProcessors())));
		}
	}

	static int count(String concurrency, int processors) {
		try {
			int configured = (concurrency != null) ? Integer.parseInt(concurrency.trim()) : 0;
			return (configured > 0) ? configured : RequestLimits.PER_CORE * processors;
		}
		catch (NumberFormatException ex) {
			return RequestLimits.PER_CORE * processors;
		}
	}

}
