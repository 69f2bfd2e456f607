package io.tactus.web.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser talking to several nodes as a load balancer without sticky sessions would
 * send it: its cookies go to whichever node the request reaches. Redirects are not
 * followed, so a test sees where a node sends the browser.
 */
public final class ClusterClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * GETs a path.
	 * @param base the node's base URL
	 * @param path the path
	 * @return the response
	 */
	public HttpResponse<String> get(String base, String path) {
		return send(request(base, path).GET().build());
	}

	/**
	 * POSTs a form with the CSRF token of the page the form is on, as a browser would.
	 * @param base the node's base URL
	 * @param formPage the page that shows the form (its token is taken)
	 * @param path where the form posts
	 * @param fields the form's fields
	 * @return the response
	 */
	public HttpResponse<String> submit(String base, String formPage, String path, Map<String, String> fields) {
		HttpResponse<String> page = get(base, formPage);
		Matcher token = CSRF.matcher(page.body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (token.find()) {
			all.put("_csrf", token.group(1));
		}
		return post(base, path, all);
	}

	/**
	 * POSTs a form as it is, without a token unless the fields carry one.
	 * @param base the node's base URL
	 * @param path the path
	 * @param fields the form's fields
	 * @return the response
	 */
	public HttpResponse<String> post(String base, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(base, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Signs in through the sign-in form.
	 * @param base the node's base URL
	 * @param username the user
	 * @param password the password
	 * @return the response (a redirect to the home page when it worked)
	 */
	public HttpResponse<String> signIn(String base, String username, String password) {
		return submit(base, "/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * The session cookie this browser holds, if any.
	 * @return the cookie's value, or {@code null}
	 */
	public String session() {
		return this.cookies.get("SESSION") != null ? this.cookies.get("SESSION") : this.cookies.get("JSESSIONID");
	}

	private HttpRequest.Builder request(String base, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpResponse<String> response = RawHttp.send(this.http, request);
		remember(response.headers().allValues("Set-Cookie"));
		return response;
	}

	private void remember(List<String> setCookies) {
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
			if (expired) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
