package io.tactus.web.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests that never read or touch the session, which lives in the database: static
 * files, the health status and the stateless API (HTTP Basic). A request with a session
 * cookie costs a database read, and a write of its last-access time, as soon as anything
 * asks for its session; these must not.
 */
final class SessionFreePaths {

	private static final String[] PREFIXES = { "/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/actuator/",
			"/api/" };

	private SessionFreePaths() {
	}

	static boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
