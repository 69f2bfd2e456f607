package io.tactus.web.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a signed-in user whose password someone else chose (a clinic owner's
 * temporary password) until they choose their own: pages send them to the password form
 * of {@link #PASSWORD_PAGE}, which says why; the API refuses them. Signing in and out and
 * static files stay open. The flag travels with the signed-in user: changing the password
 * signs the session in again without it, and a new temporary password ends every session.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	/** The page where a user changes their own password. */
	static final String PASSWORD_PAGE = "/account";

	private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, "/login", "/logout", "/error");

	private final Refusal refusal;

	private PasswordChangeRequiredFilter(Refusal refusal) {
		this.refusal = refusal;
	}

	/**
	 * For pages: every other page redirects to the password form.
	 * @return the filter
	 */
	static PasswordChangeRequiredFilter forPages() {
		return new PasswordChangeRequiredFilter(
				(request, response) -> response.sendRedirect(request.getContextPath() + PASSWORD_PAGE));
	}

	/**
	 * For the API: every request of such a user is refused.
	 * @param refusal writes the refusal (a 403 problem)
	 * @return the filter
	 */
	static PasswordChangeRequiredFilter forApi(Refusal refusal) {
		return new PasswordChangeRequiredFilter(refusal);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.contains(path) || (SessionFreePaths.matches(request) && !path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword()) {
			this.refusal.refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * What a held-back request gets.
	 */
	@FunctionalInterface
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

}
