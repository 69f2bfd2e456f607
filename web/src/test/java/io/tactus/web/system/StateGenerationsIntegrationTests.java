package io.tactus.web.system;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import io.tactus.web.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL: a generation advanced on one node is announced on the
 * other within seconds.
 */
@RequiresPostgres
class StateGenerationsIntegrationTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	private static TwoNodes nodes;

	@BeforeAll
	static void start() {
		nodes = TwoNodes.start(SCHEMA, "tactus.import-bundled-data=false");
	}

	@AfterAll
	static void stop() throws SQLException {
		if (nodes != null) {
			nodes.close();
		}
		SCHEMA.drop();
	}

	@Test
	void advanceOnOneNodeIsAnnouncedOnTheOther() {
		List<StateGenerationAdvanced> seenOnB = new CopyOnWriteArrayList<>();
		nodes.b()
			.addApplicationListener(
					(ApplicationListener<PayloadApplicationEvent<StateGenerationAdvanced>>) (event) -> seenOnB
						.add(event.getPayload()));
		long before = nodes.a().getBean(StateGenerations.class).all().get("accounts");
		nodes.a().getBean(StateGenerations.class).advance("accounts");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(seenOnB).contains(new StateGenerationAdvanced("accounts", before + 1)));
	}

}
