package io.tactus.web.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Makes the start-up work of several nodes take turns: the first runner locks the
 * {@code startup_lock} row on a connection of its own, the last one commits. Every runner
 * in between (the first admin, the bundled wage data, demo data) checks what is there and
 * creates what is missing, so nodes started together on an empty database create each
 * thing once. A node that dies while holding the lock loses its connection, which
 * releases the lock; a start that fails releases it at once.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock {

	private static final Logger logger = LoggerFactory.getLogger(StartupLock.class);

	private Connection held;

	@Bean
	ApplicationRunner takeStartupLock(DataSource dataSource) {
		return new Step(Ordered.HIGHEST_PRECEDENCE, () -> take(dataSource));
	}

	@Bean
	ApplicationRunner releaseStartupLock() {
		return new Step(Ordered.LOWEST_PRECEDENCE, () -> release(true));
	}

	@Bean
	ApplicationListener<ApplicationFailedEvent> releaseStartupLockOnFailure() {
		return (event) -> release(false);
	}

	private synchronized void take(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			try (PreparedStatement lock = connection
				.prepareStatement("select name from startup_lock where name = 'first-start' for update")) {
				lock.executeQuery().close();
			}
			long waitedMillis = (System.nanoTime() - start) / 1_000_000;
			if (waitedMillis > 1000) {
				logger.info("Waited {} ms for another node to finish starting", waitedMillis);
			}
			this.held = connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private synchronized void release(boolean commit) {
		Connection connection = this.held;
		this.held = null;
		if (connection == null) {
			return;
		}
		try (connection) {
			if (commit) {
				connection.commit();
			}
			else {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			logger.warn("Could not release the start-up lock: {}", ex.getMessage());
		}
	}

	/**
	 * A runner at a fixed place in the order of start-up runners.
	 *
	 * @param order its place
	 * @param action what it does
	 */
	private record Step(int order, Action action) implements ApplicationRunner, Ordered {

		@Override
		public void run(ApplicationArguments args) throws SQLException {
			this.action.run();
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	@FunctionalInterface
	private interface Action {

		void run() throws SQLException;

	}

}
