package io.tactus.web.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.tactus.web.support.PostgresCondition;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import io.tactus.web.support.TwoNodes;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes started at the same moment on an empty PostgreSQL schema both start, and what
 * start-up creates exists once: the start-up lock makes them take turns.
 */
@RequiresPostgres
class SeveralNodesStartIntegrationTests {

	@Test
	void aNodeWaitsWhileAnotherHoldsTheStartupLock() throws Exception {
		PostgresSchema schema = new PostgresSchema();
		schema.create();
		try (ConfigurableApplicationContext first = TwoNodes.startNode(schema, "first",
				"tactus.import-bundled-data=false"); Connection other = PostgresCondition.connect()) {
			other.setAutoCommit(false);
			try (Statement lock = other.createStatement()) {
				lock.execute(
						"select name from " + schema.name() + ".startup_lock where name = 'first-start' for update");
			}
			CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture
				.supplyAsync(() -> TwoNodes.startNode(schema, "second", "tactus.import-bundled-data=false"));
			try {
				Thread.sleep(Duration.ofSeconds(8));
				assertThat(second).as("a node starts while another holds the start-up lock").isNotDone();
				other.commit();
				second.get(60, TimeUnit.SECONDS).close();
			}
			finally {
				other.rollback();
				second.thenAccept(ConfigurableApplicationContext::close);
			}
		}
		finally {
			schema.drop();
		}
	}

	@Test
	void nodesStartedTogetherCreateTheFirstAdminOnce() throws SQLException {
		PostgresSchema schema = new PostgresSchema();
		try (TwoNodes nodes = TwoNodes.start(schema, "tactus.import-bundled-data=false")) {
			JdbcClient onB = JdbcClient.create(nodes.b().getBean(javax.sql.DataSource.class));
			assertThat(onB.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
				.isEqualTo(1);
			assertThat(onB.sql("select count(*) from audit_event where action = 'account.created'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			schema.drop();
		}
	}

}
