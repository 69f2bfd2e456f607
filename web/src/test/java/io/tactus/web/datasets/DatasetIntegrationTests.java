package io.tactus.web.datasets;

import java.time.Duration;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.OewsColumn;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Uploading, checking, publishing and rolling back wage datasets over the API, and the
 * bundled data on first start.
 */
@TactusIntegrationTest
class DatasetIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Datasets datasets;

	@Autowired
	private WageRowStore rows;

	@Autowired
	private JsonMapper json;

	@Test
	void importsAndPublishesBundledDataOnFirstStart() {
		Dataset published = this.datasets.published().orElseThrow();
		assertThat(published.surveyYear()).isEqualTo(2025);
		assertThat(published.source()).isEqualTo("BUNDLED");
		assertThat(this.datasets.publishedAndRetired()).extracting(Dataset::surveyYear).contains(2019, 2023, 2025);
		assertThat(this.rows.stateAndNationalRows(published.id())).extracting((row) -> row.primState())
			.contains("AK", "CA");
	}

	@Test
	void uploadsChecksPublishesAndRollsBack() throws Exception {
		long before = this.datasets.published().orElseThrow().id();
		byte[] file = DatasetFiles.workbook(300, 2024, 42);
		JsonNode created = upload("state_M2024_dl.xlsx", file, 202);
		long id = created.get("id").asLong();
		JsonNode ready = awaitFinished(id);
		assertThat(ready.get("status").asString()).isEqualTo("READY");
		assertThat(ready.get("surveyYear").asInt()).isEqualTo(2024);
		assertThat(ready.get("rowCount").asLong()).isEqualTo(300);
		assertThat(this.datasets.published().orElseThrow().id()).as("nothing changes before publishing")
			.isEqualTo(before);

		JsonNode again = upload("copy-of-the-same.xlsx", file, 200);
		assertThat(again.get("id").asLong()).isEqualTo(id);
		assertThat(again.get("duplicate").asBoolean()).isTrue();

		JsonNode published = api(post("/api/v1/datasets/" + id + "/publish"), 200);
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(this.datasets.find(before).orElseThrow().status()).isEqualTo(DatasetStatus.RETIRED);

		api(post("/api/v1/datasets/" + before + "/publish"), 200);
		assertThat(this.datasets.published().orElseThrow().id()).isEqualTo(before);
		assertThat(this.datasets.find(id).orElseThrow().status()).isEqualTo(DatasetStatus.RETIRED);
	}

	@Test
	void comparesWithThePublishedDatasetBeforePublishing(@Autowired DatasetService service) throws Exception {
		byte[] file = DatasetFiles.csv(DatasetFiles.stateRow("01", "AL", "Alabama", "31-9011", "50930"),
				DatasetFiles.stateRow("01", "AL", "Alabama", "29-1123", "52000"));
		long id = upload("oews_2026_diff.csv", file, 202).get("id").asLong();
		assertThat(awaitFinished(id).get("status").asString()).isEqualTo("READY");
		DatasetDiff diff = service.diff(this.datasets.find(id).orElseThrow()).orElseThrow();
		assertThat(diff.statesAdded()).isEmpty();
		assertThat(diff.statesRemoved()).extracting(DatasetDiff.Named::title)
			.contains("Alaska", "Wyoming")
			.doesNotContain("Alabama");
		assertThat(diff.occupationsAdded()).extracting(DatasetDiff.Named::code).containsExactly("29-1123");
		assertThat(diff.occupationsRemovedCount()).isZero();
		assertThat(diff.largestChanges()).filteredOn((change) -> change.column() == OewsColumn.A_MEDIAN)
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.area()).isEqualTo("Alabama");
				assertThat(change.before()).isEqualTo(Figure.of(48930));
				assertThat(change.after()).isEqualTo(Figure.of(50930));
			});
	}

	@Test
	void rejectsFileWithErrorsNamingRowColumnAndValueAndKeepsPublishedData() throws Exception {
		long before = this.datasets.published().orElseThrow().id();
		byte[] file = DatasetFiles.csv(DatasetFiles.stateRow("01", "AL", "Alabama", "31-9011", "52000"),
				DatasetFiles.stateRow("02", "AK", "Alaska", "319011", "61000"),
				DatasetFiles.stateRow("04", "AZ", "Arizona", "31-9011", "abc"));
		long id = upload("oews_2024_errors.csv", file, 202).get("id").asLong();
		JsonNode rejected = awaitFinished(id);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("errorCount").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(rejected.get("findings").toString()).contains("\"row\":3")
			.contains("OCC_CODE")
			.contains("319011")
			.contains("\"row\":4")
			.contains("A_MEDIAN")
			.contains("abc");
		assertThat(this.rows.preview(id, 10)).as("a rejected import keeps no rows").isEmpty();
		assertThat(this.datasets.published().orElseThrow().id()).isEqualTo(before);
		api(post("/api/v1/datasets/" + id + "/publish"), 409);
	}

	@Test
	void asksForTheYearWhenTheFileDoesNotSayIt() throws Exception {
		byte[] file = DatasetFiles.csv(DatasetFiles.stateRow("01", "AL", "Alabama", "31-9011", "52001"));
		long withoutYear = upload("wages.csv", file, 202).get("id").asLong();
		assertThat(awaitFinished(withoutYear).get("message").asString()).contains("survey year");
		byte[] other = DatasetFiles.csv(DatasetFiles.stateRow("01", "AL", "Alabama", "31-9011", "52002"));
		JsonNode withYear = this.json.readTree(
				this.mvc
					.perform(multipart("/api/v1/datasets")
						.file(new MockMultipartFile("file", "wages.csv", "text/csv", other))
						.param("year", "2022")
						.with(admin()))
					.andReturn()
					.getResponse()
					.getContentAsString());
		JsonNode ready = awaitFinished(withYear.get("id").asLong());
		assertThat(ready.get("status").asString()).isEqualTo("READY");
		assertThat(ready.get("surveyYear").asInt()).isEqualTo(2022);
	}

	@Test
	void refusesHostileAndBrokenFilesWithPlainMessagesWhileStayingHealthy() throws Exception {
		long before = this.datasets.published().orElseThrow().id();
		assertThat(upload("renamed.xlsx", "this is not a spreadsheet".getBytes(), 400).get("detail").asString())
			.contains("not an Excel workbook");
		assertThat(upload("empty.xlsx", new byte[0], 400).get("detail").asString()).contains("is empty");
		assertRejected("protected.xlsx", DatasetFiles.encryptedWorkbook(), "password");
		assertRejected("bomb.xlsx", DatasetFiles.zipBomb(), "");
		assertRejected("entities.xlsx", DatasetFiles.entityAttack(), "");
		byte[] tooLarge = new byte[(int) DatasetService.MAX_UPLOAD_BYTES + 1];
		tooLarge[0] = 'P';
		tooLarge[1] = 'K';
		tooLarge[2] = 3;
		tooLarge[3] = 4;
		assertThat(upload("huge.xlsx", tooLarge, 413).get("detail").asString()).contains("larger than the limit");
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
			.contains("UP");
		assertThat(this.datasets.published().orElseThrow().id()).isEqualTo(before);
	}

	@Test
	void marksAnImportWhoseLeaseRanOutAsFailedAndRemovesItsRowsButLeavesAHeldOneAlone(@Autowired ImportSweeper sweeper,
			@Autowired JdbcClient jdbc) throws Exception {
		long published = this.datasets.published().orElseThrow().id();
		long dead = this.datasets.insert("interrupted.xlsx", 10, "f".repeat(64), "UPLOAD", "admin");
		long live = this.datasets.insert("running.xlsx", 10, "e".repeat(64), "UPLOAD", "admin");
		this.rows.insert(dead, this.rows.stateAndNationalRows(published));
		jdbc.sql("update wage_dataset set lease_owner = 'stopped-node', lease_until = current_timestamp"
				+ " - interval '1' second where id = :id")
			.param("id", dead)
			.update();
		jdbc.sql("update wage_dataset set lease_owner = 'live-node' where id = :id").param("id", live).update();
		assertThat(this.rows.preview(dead, 5)).isNotEmpty();

		sweeper.sweepNow();

		Dataset failed = this.datasets.find(dead).orElseThrow();
		assertThat(failed.status()).isEqualTo(DatasetStatus.FAILED);
		assertThat(failed.message()).contains("(stopped-node) stopped before it finished")
			.contains("nothing of it is used");
		assertThat(this.rows.preview(dead, 5)).isEmpty();
		assertThat(this.datasets.find(live).orElseThrow().status()).as("its lease has not run out")
			.isEqualTo(DatasetStatus.PROCESSING);
		assertThat(this.datasets.published().orElseThrow().id()).isEqualTo(published);
		jdbc.sql("delete from wage_dataset where id = :id").param("id", live).update();
	}

	private void assertRejected(String name, byte[] content, String expected) throws Exception {
		JsonNode response = upload(name, content, 202);
		JsonNode finished = awaitFinished(response.get("id").asLong());
		assertThat(finished.get("status").asString()).as(name).isEqualTo("REJECTED");
		assertThat(finished.get("message").asString()).as(name)
			.isNotBlank()
			.containsIgnoringCase(expected)
			.doesNotContain("Exception");
	}

	private JsonNode awaitFinished(long id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
			last[0] = api(get("/api/v1/datasets/" + id), 200);
			return !last[0].get("status").asString().equals("PROCESSING");
		});
		return last[0];
	}

	private JsonNode upload(String name, byte[] content, int status) throws Exception {
		var response = this.mvc
			.perform(multipart("/api/v1/datasets").file(new MockMultipartFile("file", name, null, content))
				.with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return this.json.readTree(response.getContentAsString());
	}

	private JsonNode api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
			throws Exception {
		var response = this.mvc.perform(request.with(admin())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return this.json.readTree(response.getContentAsString());
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
	}

}
