package io.tactus.web.datasets;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The threads of the wage import, as beans that Spring starts and stops: one import at a
 * time, its row writers, and the lease renewals. They are not default candidates, so
 * Boot's own {@code applicationTaskExecutor} and {@code taskScheduler} stay in place and
 * nothing else runs on them.
 * <p>
 * Spring stops beans before what they depend on: the importer ({@code @PreDestroy} tells
 * its imports the node is stopping), then the import thread, which runs what is queued
 * (each marked failed) for up to {@value DatasetImporter#STOP_WAIT_SECONDS} seconds, then
 * the writers, the lease renewals and the database it depends on.
 */
@Configuration(proxyBeanMethods = false)
class ImportExecutors {

	static final String IMPORTS = "wageImportExecutor";

	static final String WRITERS = "wageImportWriters";

	static final String LEASES = "wageImportLeaseScheduler";

	/** Imports waiting for the import thread, at most. */
	static final int QUEUE_CAPACITY = 100;

	/** Row writers running at once, at most (one per running import). */
	static final int WRITER_LIMIT = 4;

	/**
	 * The import thread: one import at a time, in the order they were queued.
	 * @param dataSource not used: makes the database close after the queue is drained
	 * @param writers not used: makes the writers stop after the queue is drained
	 * @param leases not used: makes lease renewal go on while the queue is drained
	 * @return the executor
	 */
	@Bean(name = IMPORTS, defaultCandidate = false)
	ThreadPoolTaskExecutor wageImportExecutor(DataSource dataSource,
			@Qualifier(WRITERS) SimpleAsyncTaskExecutor writers, @Qualifier(LEASES) ThreadPoolTaskScheduler leases) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(QUEUE_CAPACITY);
		executor.setThreadNamePrefix("wage-import-");
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(DatasetImporter.STOP_WAIT_SECONDS);
		return executor;
	}

	/**
	 * The row writers: a virtual thread per running import, so that storing a batch
	 * overlaps reading the next.
	 * @return the executor
	 */
	@Bean(name = WRITERS, defaultCandidate = false)
	SimpleAsyncTaskExecutor wageImportWriters() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("wage-import-writer-");
		executor.setVirtualThreads(true);
		executor.setConcurrencyLimit(WRITER_LIMIT);
		executor.setTaskTerminationTimeout(DatasetImporter.STOP_WAIT_SECONDS * 1000L);
		return executor;
	}

	/**
	 * Renews the leases of the imports this node holds.
	 * @return the scheduler
	 */
	@Bean(name = LEASES, defaultCandidate = false)
	ThreadPoolTaskScheduler wageImportLeaseScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("wage-import-lease-");
		scheduler.setDaemon(true);
		// Renewals go on until the import thread has drained its queue.
		scheduler.setAcceptTasksAfterContextClose(true);
		return scheduler;
	}

}
