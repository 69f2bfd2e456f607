package io.tactus.web.system;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets requests into the portal's work (security, controllers, rendering) a few at a time
 * and in the order they are ready, and only once their body has arrived.
 * <p>
 * Requests run on virtual threads, so a client that sends its body slowly costs a parked
 * virtual thread and a socket, not one of the few slots: the body is read first (a form
 * by Tomcat into its parameters, an upload to disk by the multipart parser, anything else
 * into memory), then the request waits for a permit of a fair semaphore, in arrival
 * order. Bodies that are not uploads are capped ({@link RequestLimits}): a larger one is
 * answered with 413 before it is read, on a page with the error page, on the API with a
 * problem detail. Error pages take a permit too. See docs/architecture.md, "Threads and
 * slow clients".
 * <p>
 * The health probes pass by without a permit: a load balancer's or Kubernetes' short
 * timeout must not run out while page requests queue, or a busy node would be taken out
 * of service or restarted for being busy. They carry no body and cost little.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGate extends OncePerRequestFilter {

	/** Paths of the health status and its probes, which take no permit. */
	private static final Set<String> PROBES = Set.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	/** Request attribute with the body limit a 413 page names. */
	static final String MAX_BODY_ATTRIBUTE = "maxBody";

	private final Semaphore permits;

	private final long maxFormBody;

	private final long maxApiBody;

	private final String maxFormBodyText;

	private final String maxApiBodyText;

	private final JsonMapper json;

	RequestGate(RequestLimits limits, JsonMapper json) {
		this.permits = new Semaphore(limits.effectiveConcurrency(), true);
		this.maxFormBody = limits.maxFormBody().toBytes();
		this.maxApiBody = limits.maxApiBody().toBytes();
		this.maxFormBodyText = RequestLimits.text(limits.maxFormBody());
		this.maxApiBodyText = RequestLimits.text(limits.maxApiBody());
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isProbe(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<HttpServletRequest> received = (request.getDispatcherType() == DispatcherType.ERROR)
				? Optional.of(request) : receive(request, response);
		if (received.isEmpty()) {
			return;
		}
		this.permits.acquireUninterruptibly();
		try {
			chain.doFilter(received.get(), response);
		}
		finally {
			this.permits.release();
		}
	}

	/**
	 * Reads the request's body, if any, without holding a permit.
	 * @return the request to process, or empty when it has been answered with 413
	 */
	private Optional<HttpServletRequest> receive(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		if (!hasBody(request)) {
			return Optional.of(request);
		}
		HttpServletRequest received = request;
		boolean api = isApi(request);
		long limit = api ? this.maxApiBody : this.maxFormBody;
		if (isMultipart(request)) {
			receiveUpload(request);
		}
		else if (isFormPost(request)) {
			if (!receiveForm(request)) {
				tooLarge(request, response, api, this.maxFormBodyText);
				return Optional.empty();
			}
		}
		else {
			String limitText = api ? this.maxApiBodyText : this.maxFormBodyText;
			if (request.getContentLengthLong() > limit) {
				tooLarge(request, response, api, limitText);
				return Optional.empty();
			}
			byte[] body = request.getInputStream().readNBytes((int) limit + 1);
			if (body.length > limit) {
				tooLarge(request, response, api, limitText);
				return Optional.empty();
			}
			received = new ReceivedBodyRequest(request, body);
		}
		// Committed already: the client went away while sending, and Tomcat closed the
		// connection.
		return response.isCommitted() ? Optional.empty() : Optional.of(received);
	}

	/**
	 * Lets the multipart parser store the parts (on disk above the size threshold). A
	 * failure, such as a file over the upload limit, is remembered by the request and
	 * reported by the controller as before.
	 */
	private static void receiveUpload(HttpServletRequest request) {
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// The same failure comes again when the handler asks for the parts.
		}
	}

	/**
	 * Lets Tomcat read the form into the request's parameters. A form that declares a
	 * larger length than the limit is refused unread (Tomcat then discards the rest of
	 * it, up to {@code server.tomcat.max-swallow-size}, so that the browser sees the
	 * answer); a chunked one is refused by Tomcat when it passes
	 * {@code server.tomcat.max-http-form-post-size}, set to the same limit.
	 * @return whether the form fits the limit
	 */
	private boolean receiveForm(HttpServletRequest request) {
		if (request.getContentLengthLong() > this.maxFormBody) {
			return false;
		}
		try {
			request.getParameterMap();
			return true;
		}
		catch (InvalidParameterException ex) {
			// A chunked body over the limit; any other problem (a broken body, a client
			// gone) is reported as before.
			return ex.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api, String limit)
			throws IOException {
		if (!api) {
			request.setAttribute(MAX_BODY_ATTRIBUTE, limit);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + limit + ", the most this request may send. Files are "
						+ "uploaded as multipart/form-data.");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		return startsWith(request.getContentType(), "multipart/");
	}

	private static boolean isFormPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& startsWith(request.getContentType(), MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static boolean startsWith(String contentType, String prefix) {
		return contentType != null && contentType.regionMatches(true, 0, prefix, 0, prefix.length());
	}

	private static boolean isProbe(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
				|| hasBody(request)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PROBES.contains(path);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
