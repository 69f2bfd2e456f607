package io.tactus.web.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.tactus.TactusApplication;
import io.tactus.web.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node with one permit in its {@link RequestGate}, through its real Tomcat. Told to
 * stop, it stops taking connections and reports itself not ready at once, and finishes
 * the requests it has, both the one at work and one still waiting for its turn, before it
 * stops. Its health probes answer even while every permit is taken.
 */
class GracefulShutdownIntegrationTests {

	private static final String SLOW_PATH = "/api/test/slow";

	private final CountDownLatch entered = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private ConfigurableApplicationContext node;

	private int port;

	@BeforeEach
	void start() {
		this.node = startNode();
		this.port = Integer.parseInt(this.node.getEnvironment().getProperty("local.server.port"));
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.node.close();
	}

	@Test
	void probesAnswerWhileEveryPermitIsTaken() throws Exception {
		CompletableFuture<HttpResponse<String>> working = send(SLOW_PATH);
		assertThat(this.entered.await(30, TimeUnit.SECONDS)).as("the request reached its handler").isTrue();
		CompletableFuture<HttpResponse<String>> waiting = send("/api/v1/me");
		MeterRegistry meters = this.node.getBean(MeterRegistry.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> activeRequests(meters) == 2);

		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = send(probe).get(10, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(waiting).as("the API request still waits for the permit").isNotDone();

		this.release.countDown();
		assertThat(working.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
	}

	@Test
	void finishesRequestsInFlightAndRefusesNewConnections() throws Exception {
		MeterRegistry meters = this.node.getBean(MeterRegistry.class);
		ApplicationAvailability availability = this.node.getBean(ApplicationAvailability.class);
		HealthEndpoint health = this.node.getBean(HealthEndpoint.class);

		CompletableFuture<HttpResponse<String>> working = send(SLOW_PATH);
		assertThat(this.entered.await(30, TimeUnit.SECONDS)).as("the first request reached its handler").isTrue();
		CompletableFuture<HttpResponse<String>> waiting = send(SLOW_PATH);
		await().atMost(Duration.ofSeconds(10)).until(() -> activeRequests(meters) == 2);

		CompletableFuture<Void> closing = CompletableFuture.runAsync(this.node::close);
		await().atMost(Duration.ofSeconds(10)).until(() -> refusesConnections(this.port));
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(closing).as("the node waits for its requests").isNotDone();
		assertThat(working).isNotDone();
		assertThat(waiting).isNotDone();

		this.release.countDown();
		HttpResponse<String> first = working.get(30, TimeUnit.SECONDS);
		HttpResponse<String> second = waiting.get(30, TimeUnit.SECONDS);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo("finished");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo("finished");
		closing.get(30, TimeUnit.SECONDS);
		assertThat(this.node.isActive()).isFalse();
	}

	/**
	 * A node on its own H2 database with one request at work at a time, and a route that
	 * holds its request until the test lets it go. The route is registered for this
	 * context only, so it is no route of the portal.
	 */
	private ConfigurableApplicationContext startNode() {
		RouterFunction<ServerResponse> slow = RouterFunctions.route().GET(SLOW_PATH, (request) -> {
			this.entered.countDown();
			this.release.await();
			return ServerResponse.ok().body("finished");
		}).build();
		return new SpringApplicationBuilder(TactusApplication.class).profiles("test")
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("slowRoute",
					RouterFunction.class, () -> slow))
			.run("--server.port=0", "--tactus.web.concurrency=1", "--tactus.import-bundled-data=false",
					"--tactus.data-dir=target/test-data/graceful", "--spring.main.banner-mode=off");
	}

	private CompletableFuture<HttpResponse<String>> send(String path) {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Basic " + credentials)
			.timeout(Duration.ofSeconds(60))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Requests that have entered the filters (Tomcat counts them as in flight). */
	private static long activeRequests(MeterRegistry meters) {
		return meters.find("http.server.requests.active")
			.longTaskTimers()
			.stream()
			.mapToLong((timer) -> timer.activeTasks())
			.sum();
	}

	private static boolean refusesConnections(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
