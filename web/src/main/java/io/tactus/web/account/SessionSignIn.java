package io.tactus.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Signs a user in to the current session (under a new session id): after sign-up, and
 * after a user changed their own password, so that this session carries the account's new
 * credentials version and stays signed in while their other sessions end.
 */
final class SessionSignIn {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SessionSignIn() {
	}

	static void signIn(TactusUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

}
