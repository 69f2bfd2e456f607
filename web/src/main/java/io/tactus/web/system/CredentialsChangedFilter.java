package io.tactus.web.system;

import java.io.IOException;
import java.util.OptionalInt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once its account was disabled or its password changed or reset
 * since the session signed in: each account carries a credentials version, raised by
 * every such change, and the session's user carries the version it signed in with. A
 * request from an ended session is not served: it goes to the sign-in page. The user who
 * changes their own password gets the new version in their current session
 * ({@code AccountController}), so only their other sessions end.
 */
class CredentialsChangedFilter extends OncePerRequestFilter {

	private final SignInAccounts accounts;

	CredentialsChangedFilter(SignInAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Static files and the health status need no sign-in: their requests neither read nor
	 * touch the session (which lives in the database).
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SessionFreePaths.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			OptionalInt current = this.accounts.activeCredentialsVersion(user.id());
			if (current.isEmpty() || current.getAsInt() != user.credentialsVersion()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
