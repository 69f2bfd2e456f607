package io.tactus.web.datasets;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.tactus.reports.oews.BundledOewsData;
import io.tactus.reports.oews.WageRow;
import io.tactus.web.TestAccounts;
import io.tactus.web.datasets.DatasetImporter.ImportRequest;
import io.tactus.web.support.ClusterClient;
import io.tactus.web.support.RawHttp;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import io.tactus.web.support.TwoNodes;
import io.tactus.web.system.Sha256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL schema, started together on an empty schema: the bundled
 * data is published once; an upload is stored in the database and imported by exactly one
 * node; a publish or rollback on one node is served by the other within 5 seconds; an
 * import whose node stopped renewing its lease is failed by another node, a live node's
 * import is left alone by a node that starts, and a node that stops fails its own import;
 * the published data never change meanwhile. Leases are 3 seconds here.
 */
@RequiresPostgres
class SeveralNodesDatasetIntegrationTests {

	private static final String LEASE = "tactus.imports.lease=3s";

	private static final Duration PUBLISHED_EVERYWHERE = Duration.ofSeconds(5);

	/** The bound: failed within 60 s of the lease running out. */
	private static final Duration FOUND_DEAD = Duration.ofSeconds(3 + 60);

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static TwoNodes nodes;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		nodes = TwoNodes.start(SCHEMA, LEASE);
	}

	@AfterAll
	static void stop() throws SQLException {
		if (nodes != null) {
			nodes.close();
		}
		SCHEMA.drop();
	}

	@Test
	void nodesStartedTogetherOnAnEmptySchemaPublishTheBundledDataOnce() {
		List<Dataset> bundled = datasets(nodes.b()).list()
			.stream()
			.filter((dataset) -> dataset.source().equals("BUNDLED"))
			.toList();
		assertThat(bundled).hasSize(BundledOewsData.datasets().size());
		assertThat(bundled).extracting(Dataset::status)
			.containsOnly(DatasetStatus.PUBLISHED, DatasetStatus.RETIRED)
			.containsOnlyOnce(DatasetStatus.PUBLISHED);
		assertThat(datasets(nodes.a()).published().orElseThrow().surveyYear()).isEqualTo(2025);
		assertThat(jdbc().sql("select count(*) from audit_event where action = 'dataset.ready' and actor = 'system'")
			.query(Long.class)
			.single()).as("each bundled file imported once").isEqualTo(BundledOewsData.datasets().size());
		assertThat(jdbc().sql("select count(*) from audit_event where action = 'dataset.failed' and actor = 'system'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void bundledImportLeftHalfDoneByANodeThatDiedIsFinishedByTheNextStart() throws Exception {
		PostgresSchema schema = new PostgresSchema();
		try {
			schema.create();
			BundledOewsData.Dataset first = BundledOewsData.datasets().get(0);
			long id;
			try (ConfigurableApplicationContext migrated = TwoNodes.startNode(schema, "e", LEASE,
					"tactus.import-bundled-data=false")) {
				id = datasets(migrated).insert(first.fileName(), 10, Sha256.of(first.open()), "BUNDLED", "system");
				migrated.getBean(JdbcClient.class)
					.sql("update wage_dataset set lease_owner = 'died-mid-way', lease_until = current_timestamp"
							+ " + interval '3' second where id = :id")
					.param("id", id)
					.update();
			}

			try (ConfigurableApplicationContext next = TwoNodes.startNode(schema, "f", LEASE)) {
				List<Dataset> bundled = datasets(next).list();
				assertThat(bundled).hasSize(BundledOewsData.datasets().size())
					.extracting(Dataset::source)
					.containsOnly("BUNDLED");
				assertThat(datasets(next).find(id).orElseThrow().status()).as("the half-imported file, taken over")
					.isEqualTo(DatasetStatus.RETIRED);
				assertThat(datasets(next).published().orElseThrow().surveyYear()).isEqualTo(2025);
				assertThat(bundled).extracting(Dataset::status).containsOnlyOnce(DatasetStatus.PUBLISHED);
			}
		}
		finally {
			schema.drop();
		}
	}

	@Test
	void uploadOnOneNodeIsStoredInTheDatabaseAndImportedOnceWhenBothNodesReceiveIt() throws Exception {
		byte[] file = DatasetFiles.workbook(300, 2022, 2201);
		double readyBefore = readyCount();
		CompletableFuture<HttpResponse<String>> onA = CompletableFuture
			.supplyAsync(() -> upload(nodes.urlA(), "state_M2022_dl.xlsx", file));
		CompletableFuture<HttpResponse<String>> onB = CompletableFuture
			.supplyAsync(() -> upload(nodes.urlB(), "state_M2022_dl.xlsx", file));
		List<HttpResponse<String>> responses = List.of(onA.join(), onB.join());

		assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(202, 200);
		long id = JSON.readTree(responses.get(0).body()).get("id").asLong();
		assertThat(JSON.readTree(responses.get(1).body()).get("id").asLong()).isEqualTo(id);
		assertThat(jdbc().sql("select coalesce(sum(length(bytes)), 0) from dataset_file_chunk where dataset_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("the file is in the database").isEqualTo(file.length);
		assertThat(awaitFinished(nodes.urlB(), id).get("status").asString()).isEqualTo("READY");
		assertThat(readyEntries(id)).isEqualTo(1);
		assertThat(readyCount()).as("tactus.imports{outcome=ready} on both nodes").isEqualTo(readyBefore + 1);

		jdbc().sql("update wage_dataset set status = 'FAILED' where id = :id").param("id", id).update();
		List<HttpResponse<String>> again = List
			.of(CompletableFuture.supplyAsync(() -> upload(nodes.urlA(), "again.xlsx", file)),
					CompletableFuture.supplyAsync(() -> upload(nodes.urlB(), "again.xlsx", file)))
			.stream()
			.map(CompletableFuture::join)
			.toList();
		assertThat(again).as("a failed file uploaded on both nodes at once is restarted by one")
			.extracting(HttpResponse::statusCode)
			.containsExactlyInAnyOrder(202, 200);
		assertThat(awaitFinished(nodes.urlA(), id).get("status").asString()).isEqualTo("READY");
		assertThat(readyEntries(id)).isEqualTo(2);
		assertThat(datasets(nodes.a()).find(id).orElseThrow().rowsAccepted()).isEqualTo(300);
		assertThat(jdbc().sql("select count(*) from wage_row where dataset_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(300);

		ClusterClient browser = new ClusterClient();
		browser.signIn(nodes.urlB(), "admin", TestAccounts.ADMIN_PASSWORD);
		HttpResponse<String> errors = browser.get(nodes.urlB(), "/admin/datasets/" + id + "/errors.xlsx");
		assertThat(errors.statusCode()).as("the other node writes the errors workbook from the database")
			.isEqualTo(200);
		assertThat(errors.body()).startsWith("PK");
	}

	@Test
	void concurrentClaimsOnAnUnclaimedImportHaveExactlyOneWinner() {
		long id = datasets(nodes.a()).insert("unclaimed.xlsx", 10, "c".repeat(64), "UPLOAD", "admin");
		jdbc().sql("update wage_dataset set lease_owner = null where id = :id").param("id", id).update();
		ImportLeases onA = nodes.a().getBean(ImportLeases.class);
		ImportLeases onB = nodes.b().getBean(ImportLeases.class);
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> claimWhenTold(onA, id, go));
		CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> claimWhenTold(onB, id, go));
		go.countDown();

		assertThat(List.of(a.join(), b.join())).containsExactlyInAnyOrder(true, false);
		String winner = a.join() ? onA.node() : onB.node();
		assertThat(jdbc().sql("select lease_owner from wage_dataset where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(winner);
		jdbc().sql("delete from wage_dataset where id = :id").param("id", id).update();
	}

	@Test
	void publishAndRollbackOnOneNodeAreServedByTheOtherWithinFiveSeconds() throws Exception {
		long bundled = datasets(nodes.a()).published().orElseThrow().id();
		assertThat(publishedIdServedBy(nodes.urlB())).isEqualTo(bundled);
		HttpResponse<String> uploaded = upload(nodes.urlA(), "state_M2021_dl.xlsx",
				DatasetFiles.workbook(200, 2021, 2101));
		long id = JSON.readTree(uploaded.body()).get("id").asLong();
		assertThat(awaitFinished(nodes.urlA(), id).get("status").asString()).isEqualTo("READY");

		assertThat(api(nodes.urlA(), "/api/v1/datasets/" + id + "/publish").statusCode()).isEqualTo(200);
		await().atMost(PUBLISHED_EVERYWHERE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> publishedIdServedBy(nodes.urlB()) == id);

		assertThat(api(nodes.urlA(), "/api/v1/datasets/" + bundled + "/publish").statusCode()).isEqualTo(200);
		await().atMost(PUBLISHED_EVERYWHERE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> publishedIdServedBy(nodes.urlB()) == bundled);
	}

	@Test
	void importLeftByANodeThatStoppedIsFailedByAnotherWithinAMinuteOfItsLeaseAndPublishedDataStay() throws Exception {
		long published = datasets(nodes.a()).published().orElseThrow().id();
		long id = datasets(nodes.a()).insert("left-behind.xlsx", 10, "d".repeat(64), "UPLOAD", "admin");
		rows(nodes.a()).insert(id, rows(nodes.a()).stateAndNationalRows(published));
		jdbc()
			.sql("update wage_dataset set lease_owner = 'stopped-node-1', lease_until = current_timestamp"
					+ " + interval '3' second where id = :id")
			.param("id", id)
			.update();

		await().atMost(FOUND_DEAD)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> datasets(nodes.b()).find(id).orElseThrow().status() == DatasetStatus.FAILED);

		Dataset failed = datasets(nodes.b()).find(id).orElseThrow();
		assertThat(failed.message()).contains("(stopped-node-1) stopped before it finished");
		assertThat(rows(nodes.b()).preview(id, 5)).isEmpty();
		assertThat(datasets(nodes.b()).published().orElseThrow().id()).isEqualTo(published);
		assertThat(publishedIdServedBy(nodes.urlB())).isEqualTo(published);
		double found = metrics(nodes.a()).count(ImportMetrics.ABANDONED)
				+ metrics(nodes.b()).count(ImportMetrics.ABANDONED);
		assertThat(found).isGreaterThanOrEqualTo(1);
	}

	@Test
	void startingNodeLeavesALiveImportAloneAndAnImportWhoseLeaseIsLostStopsWithoutWriting() throws Exception {
		long published = datasets(nodes.a()).published().orElseThrow().id();
		CountDownLatch reading = new CountDownLatch(1);
		long id = startEndlessImport(nodes.a(), "running-on-a.xlsx", "a".repeat(64), reading);
		assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

		ClusterClient admin = new ClusterClient();
		admin.signIn(nodes.urlA(), "admin", TestAccounts.ADMIN_PASSWORD);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			JsonNode onB = JSON.readTree(admin.get(nodes.urlB(), "/admin/datasets/" + id + "/progress").body());
			assertThat(onB.get("status").asString()).isEqualTo("PROCESSING");
			assertThat(onB.get("stage").asString()).as("the progress of A's import, read on B").isEqualTo("reading");
			assertThat(onB.get("rowsRead").asLong()).isPositive();
		});

		ConfigurableApplicationContext c = TwoNodes.startNode(SCHEMA, "c", LEASE);
		try {
			await().during(Duration.ofSeconds(3 + 5 + 2))
				.atMost(Duration.ofSeconds(20))
				.until(() -> datasets(c).find(id).orElseThrow().status() == DatasetStatus.PROCESSING);
		}
		finally {
			c.close();
		}
		assertThat(datasets(nodes.a()).find(id).orElseThrow().status()).isEqualTo(DatasetStatus.PROCESSING);
		assertThat(metrics(nodes.a()).running()).isEqualTo(1);

		double lostBefore = metrics(nodes.a()).count(ImportMetrics.LOST_LEASE);
		jdbc()
			.sql("update wage_dataset set lease_owner = 'stalled-node', lease_until = current_timestamp"
					+ " - interval '1' second where id = :id")
			.param("id", id)
			.update();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> metrics(nodes.a()).count(ImportMetrics.LOST_LEASE) > lostBefore);
		assertThat(importer(nodes.a()).progress(id)).as("the import on A ended").isEmpty();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> datasets(nodes.b()).find(id).orElseThrow().status() == DatasetStatus.FAILED);
		assertThat(datasets(nodes.b()).find(id).orElseThrow().message()).contains("(stalled-node)");
		assertThat(rows(nodes.b()).preview(id, 5)).isEmpty();
		assertThat(datasets(nodes.b()).published().orElseThrow().id()).isEqualTo(published);
	}

	@Test
	void nodeThatStopsMarksItsRunningImportFailedItself() throws Exception {
		long published = datasets(nodes.a()).published().orElseThrow().id();
		ConfigurableApplicationContext d = TwoNodes.startNode(SCHEMA, "d", LEASE);
		String node;
		long id;
		try {
			node = d.getBean(ImportLeases.class).node();
			CountDownLatch reading = new CountDownLatch(1);
			id = startEndlessImport(d, "running-on-d.xlsx", "b".repeat(64), reading);
			assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			d.close();
		}

		Dataset failed = datasets(nodes.a()).find(id).orElseThrow();
		assertThat(failed.status()).as("failed by the stopping node, not left for the lease to run out")
			.isEqualTo(DatasetStatus.FAILED);
		assertThat(failed.message()).contains("(" + node + ") was stopped during the import");
		assertThat(rows(nodes.a()).preview(id, 5)).isEmpty();
		assertThat(datasets(nodes.a()).published().orElseThrow().id()).isEqualTo(published);
	}

	/**
	 * Queues on a node an import that stores a batch of rows and then reads on until it
	 * is stopped (for two minutes at most).
	 */
	private static long startEndlessImport(ConfigurableApplicationContext node, String name, String sha256,
			CountDownLatch reading) {
		long id = datasets(node).insert(name, 10, sha256, "UPLOAD", "admin");
		List<WageRow> sample = rows(node).stateAndNationalRows(datasets(node).published().orElseThrow().id());
		CountDownLatch never = new CountDownLatch(1);
		importer(node).submit(new ImportRequest(id, null, name, 2024, "admin", (sink) -> {
			for (int stored = 0; stored < DatasetImporter.BATCH_SIZE;) {
				for (WageRow row : sample) {
					sink.accept(row);
					stored++;
				}
			}
			reading.countDown();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			for (long read = 0; System.nanoTime() < deadline; read++) {
				sink.progress(read, OptionalLong.empty());
				never.await(50, TimeUnit.MILLISECONDS);
			}
			throw new IllegalStateException("The endless import was never stopped");
		}));
		return id;
	}

	private static boolean claimWhenTold(ImportLeases leases, long id, CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return leases.claim(id);
	}

	private static double readyCount() {
		return metrics(nodes.a()).count(ImportMetrics.READY) + metrics(nodes.b()).count(ImportMetrics.READY);
	}

	private long readyEntries(long id) {
		return jdbc().sql("select count(*) from audit_event where action = 'dataset.ready' and detail like :detail")
			.param("detail", "dataset " + id + ",%")
			.query(Long.class)
			.single();
	}

	private long publishedIdServedBy(String node) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/wages/states"))
			.header("Authorization", basic())
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("dataset").get("id").asLong();
	}

	private JsonNode awaitFinished(String node, long id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/datasets/" + id))
					.header("Authorization", basic())
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			last[0] = JSON.readTree(response.body());
			return !last[0].get("status").asString().equals("PROCESSING");
		});
		return last[0];
	}

	private HttpResponse<String> api(String node, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(node + path))
			.header("Authorization", basic())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String node, String fileName, byte[] content) {
		String boundary = "tactus-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/datasets"))
				.header("Authorization", basic())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String basic() {
		return RawHttp.basic("admin", TestAccounts.ADMIN_PASSWORD);
	}

	private static JdbcClient jdbc() {
		return nodes.a().getBean(JdbcClient.class);
	}

	private static Datasets datasets(ConfigurableApplicationContext node) {
		return node.getBean(Datasets.class);
	}

	private static WageRowStore rows(ConfigurableApplicationContext node) {
		return node.getBean(WageRowStore.class);
	}

	private static DatasetImporter importer(ConfigurableApplicationContext node) {
		return node.getBean(DatasetImporter.class);
	}

	private static ImportMetrics metrics(ConfigurableApplicationContext node) {
		return node.getBean(ImportMetrics.class);
	}

}
