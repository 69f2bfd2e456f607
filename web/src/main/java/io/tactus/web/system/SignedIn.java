package io.tactus.web.system;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the layout shows as signed in, on every page including error pages:
 * {@code ${@signedIn.name(#authentication)}}. It answers what
 * {@code sec:authorize="isAuthenticated()"} answers without parsing an expression on
 * every page.
 */
@Component("signedIn")
class SignedIn {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/**
	 * The user name of a signed-in user.
	 * @param authentication the current authentication, if any
	 * @return the name, or {@code null} for a visitor who has not signed in
	 */
	public String name(Authentication authentication) {
		return (authentication != null && this.trust.isAuthenticated(authentication)) ? authentication.getName() : null;
	}

}
