package io.tactus.web.system;

import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database with the portal's migrations, for tests of the sign-in
 * limits that keep their counts in the database.
 */
final class ThrottleDatabase {

	final DataSource dataSource;

	final JdbcClient jdbc;

	final DataSourceTransactionManager transactions;

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	ThrottleDatabase() {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		this.dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:throttle-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.transactions = new DataSourceTransactionManager(this.dataSource);
	}

	LoginThrottle throttle(SignInProperties limits, MutableClock clock) {
		return new LoginThrottle(limits, clock, this.jdbc, this.transactions, this.meters);
	}

	LoginThrottle throttle(SignInProperties limits, MutableClock clock, int maxEntries) {
		return new LoginThrottle(limits, clock, this.jdbc, this.transactions, this.meters, maxEntries);
	}

	double failures(String reason) {
		return this.meters.counter("tactus.sign.in.failures", "reason", reason).count();
	}

}
