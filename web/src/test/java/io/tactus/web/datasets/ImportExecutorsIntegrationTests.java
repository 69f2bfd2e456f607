package io.tactus.web.datasets;

import io.tactus.web.TactusIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's threads are Spring beans, bounded and named, beside (not instead of) the
 * application's shared executor and scheduler.
 */
@TactusIntegrationTest
class ImportExecutorsIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier(ImportExecutors.IMPORTS)
	private ThreadPoolTaskExecutor imports;

	@Autowired
	@Qualifier(ImportExecutors.WRITERS)
	private SimpleAsyncTaskExecutor writers;

	@Test
	void runsOneImportAtATimeFromABoundedQueue() {
		assertThat(this.imports.getMaxPoolSize()).isEqualTo(1);
		assertThat(this.imports.getQueueCapacity()).isEqualTo(ImportExecutors.QUEUE_CAPACITY);
		assertThat(this.imports.getThreadNamePrefix()).isEqualTo("wage-import-");
		assertThat(this.writers.getConcurrencyLimit()).isEqualTo(ImportExecutors.WRITER_LIMIT);
	}

	@Test
	void leavesTheSharedExecutorAndSchedulerToTheRestOfTheApplication() {
		assertThat(this.context.containsBean("applicationTaskExecutor")).isTrue();
		assertThat(this.context.getBean(TaskScheduler.class)).isNotSameAs(this.context.getBean(ImportExecutors.LEASES));
	}

}
