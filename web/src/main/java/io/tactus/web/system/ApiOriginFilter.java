package io.tactus.web.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API writes (POST, PUT, PATCH, DELETE) sent by a page of another site: a browser
 * names the page's site in {@code Origin} (or, failing that, {@code Referer}), and a
 * foreign page must not act with credentials the browser remembers. Scripts and tools
 * send neither header and are not affected; the portal's own pages send its own origin.
 */
class ApiOriginFilter extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** Answers a refused request. */
	@FunctionalInterface
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	private final Refusal refusal;

	ApiOriginFilter(Refusal refusal) {
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WRITES.contains(request.getMethod()) && !fromOwnSiteOrNoBrowser(request)) {
			this.refusal.refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean fromOwnSiteOrNoBrowser(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			return sameOrigin(origin, request);
		}
		String referer = request.getHeader("Referer");
		return referer == null || sameOrigin(referer, request);
	}

	/**
	 * Whether a URL names the portal's own scheme, host and port, as the request reached
	 * it. {@code Origin: null} (a sandboxed or privacy-hiding page) is never the portal.
	 */
	private static boolean sameOrigin(String url, HttpServletRequest request) {
		try {
			URI uri = URI.create(url.trim());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return false;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost().equalsIgnoreCase(request.getServerName())
					&& port(scheme, uri.getPort()) == port(request.getScheme(), request.getServerPort());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(String scheme, int port) {
		if (port >= 0) {
			return port;
		}
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
