package io.tactus.web.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their request body slowly hold no request slot, and bodies that are
 * not uploads are capped: on a real server, since the point is what Tomcat's threads do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestGateIntegrationTests {

	private static final Duration ATTACK = Duration.ofSeconds(30);

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@LocalServerPort
	private int port;

	private HttpClient client;

	private ScheduledExecutorService trickle;

	private final List<Socket> slowClients = new ArrayList<>();

	@BeforeEach
	void startClient() {
		this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		this.trickle = Executors.newSingleThreadScheduledExecutor();
	}

	@AfterEach
	void stopClients() throws IOException {
		this.trickle.shutdownNow();
		for (Socket socket : this.slowClients) {
			socket.close();
		}
		this.client.close();
	}

	@Test
	void servesSignInPageQuicklyWhileSixtyFourClientsTrickleTheirBodies() throws Exception {
		for (int i = 0; i < 30; i++) {
			assertThat(getLogin()).isLessThan(TIMEOUT.toMillis());
		}
		AtomicInteger failedSends = new AtomicInteger();
		for (int i = 0; i < 64; i++) {
			Socket socket = new Socket("localhost", this.port);
			this.slowClients.add(socket);
			OutputStream out = socket.getOutputStream();
			out.write(slowRequestStart(i).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			this.trickle.scheduleAtFixedRate(() -> {
				try {
					out.write('a');
					out.flush();
				}
				catch (IOException ex) {
					failedSends.incrementAndGet();
				}
			}, 1, 1, TimeUnit.SECONDS);
		}
		List<Long> millis = new ArrayList<>();
		long deadline = System.nanoTime() + ATTACK.toNanos();
		while (System.nanoTime() < deadline) {
			millis.add(getLogin());
		}
		for (Socket socket : this.slowClients) {
			assertThat(socket.getInputStream().available()).as("the server still waits for the body").isZero();
		}
		assertThat(failedSends).hasValue(0);
		assertThat(millis).hasSizeGreaterThan(100);
		assertThat(percentile(millis, 0.99)).as("p99 of GET /login in ms over %d requests", millis.size())
			.isLessThan(250);
	}

	@Test
	void answersFormLargerThanLimitWith413Page() throws Exception {
		String form = "username=" + "x".repeat(70 * 1024) + "&password=secret";
		HttpResponse<String> response = this.client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Too much sent").contains("larger than 64 KB");
	}

	@Test
	void answersApiBodyLargerThanLimitWith413Problem() throws Exception {
		String json = "{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":10}],\"note\":\""
				+ "x".repeat(300 * 1024) + "\"}";
		HttpResponse<String> declared = this.client
			.send(api("/api/v1/billing/units").POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(declared.body()).contains("larger than 256 KB");
		HttpResponse<String> chunked = this.client.send(api("/api/v1/billing/units")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json.getBytes())))
			.build(), BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).contains("larger than 256 KB");
	}

	@Test
	void acceptsApiBodyWithinLimitSentInChunks() throws Exception {
		byte[] json = "{\"rule\":\"CMS\",\"services\":[{\"code\":\"97110\",\"minutes\":38}]}"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.client
			.send(api("/api/v1/billing/units").POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"totalUnits\":3");
	}

	/**
	 * Request heads of three kinds: a sign-in form, a JSON API call and a file upload,
	 * each declaring a body under its limit that then arrives a byte a second.
	 */
	private static String slowRequestStart(int i) {
		return switch (i % 4) {
			case 0, 1 -> head("/login", "application/x-www-form-urlencoded", 60_000) + "username=";
			case 2 -> head("/api/v1/billing/units", "application/json", 200_000) + "{\"rule\":\"";
			default -> head("/admin/datasets", "multipart/form-data; boundary=slowslow", 1_000_000)
					+ "--slowslow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n";
		};
	}

	private static String head(String path, String contentType, int length) {
		return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
				+ length + "\r\n\r\n";
	}

	private long getLogin() {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request("/login").GET().build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		}
		catch (IOException ex) {
			return TIMEOUT.toMillis();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return TIMEOUT.toMillis();
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).timeout(TIMEOUT);
	}

	private HttpRequest.Builder api(String path) {
		String credentials = Base64.getEncoder()
			.encodeToString("admin:Tactus-test-pw-2026".getBytes(StandardCharsets.UTF_8));
		return request(path).header("Content-Type", "application/json").header("Authorization", "Basic " + credentials);
	}

	private static long percentile(List<Long> values, double share) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
	}

}
