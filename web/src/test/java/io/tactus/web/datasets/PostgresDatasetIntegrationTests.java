package io.tactus.web.datasets;

import java.sql.SQLException;
import java.time.Duration;

import io.tactus.reports.oews.WageRow;
import io.tactus.web.TestAccounts;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Imports, stores and publishes a wage workbook on PostgreSQL, and reads its figures back
 * with the BLS special values intact.
 */
@RequiresPostgres
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class PostgresDatasetIntegrationTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Datasets datasets;

	@Autowired
	private WageRowStore rows;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		SCHEMA.drop();
	}

	@Test
	void bundledDataIsPublishedOnPostgres() {
		Dataset published = this.datasets.published().orElseThrow();
		assertThat(published.surveyYear()).isEqualTo(2025);
		WageRow alaska = this.rows.stateAndNationalRows(published.id())
			.stream()
			.filter((row) -> row.primState().equals("AK"))
			.findFirst()
			.orElseThrow();
		assertThat(alaska.annual().median().value()).hasValue(134930);
		assertThat(alaska.hourlyMean().isKnown()).isFalse();
	}

	@Test
	void importsAndPublishesUploadOnPostgres() throws Exception {
		byte[] file = DatasetFiles.workbook(2000, 2024, 99);
		this.mvc
			.perform(
					multipart("/api/v1/datasets").file(new MockMultipartFile("file", "state_M2024_dl.xlsx", null, file))
						.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn();
		Dataset uploaded = this.datasets.list().get(0);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.datasets.find(uploaded.id()).orElseThrow().status() != DatasetStatus.PROCESSING);
		Dataset ready = this.datasets.find(uploaded.id()).orElseThrow();
		assertThat(ready.status()).isEqualTo(DatasetStatus.READY);
		assertThat(ready.rowsAccepted()).isEqualTo(2000);
		this.mvc.perform(post("/api/v1/datasets/" + ready.id() + "/publish")
			.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)));
		assertThat(this.datasets.published().orElseThrow().id()).isEqualTo(ready.id());
		assertThat(this.rows.preview(ready.id(), 3000)).hasSize(2000);
	}

}
