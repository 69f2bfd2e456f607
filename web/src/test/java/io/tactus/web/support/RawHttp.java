package io.tactus.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Single requests to a running portal as a script would send them: no cookies kept, no
 * redirects followed, exactly the headers given.
 */
public final class RawHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private RawHttp() {
	}

	/**
	 * GETs a URL.
	 * @param url the whole URL
	 * @param headers the request's headers
	 * @return the response
	 */
	public static HttpResponse<String> get(String url, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		return send(HTTP, request.GET().build());
	}

	/**
	 * Sends a request, its body read as text; I/O failures unchecked.
	 * @param client the client to send it with
	 * @param request the request
	 * @return the response
	 */
	static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP Basic {@code Authorization} header's value.
	 * @param username the user
	 * @param password the password
	 * @return {@code Basic ...}
	 */
	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
