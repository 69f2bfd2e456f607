package io.tactus.web.system;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what: every page needs a sign-in except sign-in, sign-up, static assets and
 * the health status; roles decide the rest. {@code /api/**} is stateless with HTTP Basic
 * and answers in JSON; pages use the session, with CSRF on every form.
 * <p>
 * A clinic's pages: settings and staff for its owner only (billers may read the
 * settings); every write (a POST) and the forms that lead to one (new visit, import,
 * edit) for the owner and billers; reading for owner, billers and viewers. A user with a
 * temporary password gets nothing but the password form until they chose their own
 * ({@link PasswordChangeRequiredFilter}).
 * <p>
 * {@code /actuator/**} goes with the API: the health status and its probes
 * ({@code /actuator/health/liveness}, {@code /readiness}) for anyone, as a load balancer
 * asks, the Prometheus scrape for admins with HTTP Basic, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The challenge of a 401 from the API: a scheme of our own, which browsers do not
	 * answer with a password prompt (docs/architecture.md, security model).
	 */
	static final String API_CHALLENGE = "Tactus realm=\"api\"";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * No observations of Spring Security's filters, sign-ins or access checks: nothing
	 * here collects traces, and wrapping each filter cost a tenth of a cached page's time
	 * under load (docs/wages.md, load test). Request metrics stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The client's address and scheme from a trusted proxy's headers, first of all
	 * filters, so the session cookie, security and the sign-in limits all see them.
	 */
	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ProxySettings proxies) {
		FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(
				new ClientAddressFilter(proxies.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		return new ProviderManager(new ThrottlingAuthenticationProvider(dao(users, encoder), throttle, null));
	}

	/**
	 * Checks the password first and the account's status (disabled) only after a right
	 * password, so that only someone who knows the password learns the account is
	 * disabled.
	 */
	private static DaoAuthenticationProvider dao(UserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		dao.setPreAuthenticationChecks((user) -> {
		});
		dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return dao;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, ApiCredentialCache cache, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(
					new ProviderManager(new ThrottlingAuthenticationProvider(dao(users, encoder), throttle, cache)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/users", "/api/v1/users/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/datasets", "/api/v1/datasets/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic
				.authenticationEntryPoint((request, response, ex) -> problem(json, request, response, ex))
				// The client's address only: asking for the session id would read the
				// session of a request that carries a page's cookie.
				.authenticationDetailsSource((request) -> new WebAuthenticationDetails(request.getRemoteAddr(), null)))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problem(json, request, response, ex))
				.accessDeniedHandler((request, response, ex) -> writeProblem(json, request, response,
						HttpStatus.FORBIDDEN, "Your role does not allow this request.")))
			.addFilterBefore(PasswordChangeRequiredFilter.forApi((request, response) -> writeProblem(json, request,
					response, HttpStatus.FORBIDDEN,
					"This account has a temporary password: sign in to the portal and choose your own password first.")),
					AuthorizationFilter.class)
			.addFilterBefore(
					new ApiOriginFilter((request, response) -> writeProblem(json, request, response,
							HttpStatus.FORBIDDEN, "API writes are refused from pages of other sites.")),
					BasicAuthenticationFilter.class)
			// Stateless: the signed-in user lives only as long as the request, nothing is
			// saved for after a sign-in, and a page's session cookie sent along with an
			// API call is neither read nor given a new id (sessions live in the
			// database).
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((requests) -> requests.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			SignInAccounts accounts) throws Exception {
		http.authenticationManager(authenticationManager)
			.addFilterBefore(new CredentialsChangedFilter(accounts), AuthorizationFilter.class)
			.addFilterBefore(PasswordChangeRequiredFilter.forPages(), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/signup", "/signup/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/clinic/settings")
				.hasAnyRole(Role.CLINIC_OWNER.name(), Role.CLINIC_BILLER.name())
				.requestMatchers("/clinic/settings", "/clinic/settings/**", "/clinic/staff", "/clinic/staff/**")
				.hasRole(Role.CLINIC_OWNER.name())
				.requestMatchers(HttpMethod.POST, "/clinic/**")
				.hasAnyRole(Role.CLINIC_OWNER.name(), Role.CLINIC_BILLER.name())
				.requestMatchers(HttpMethod.GET, "/clinic/visits/new", "/clinic/visits/import", "/clinic/visits/*/edit")
				.hasAnyRole(Role.CLINIC_OWNER.name(), Role.CLINIC_BILLER.name())
				.requestMatchers("/clinic/**")
				.hasAnyRole(Role.CLINIC_OWNER.name(), Role.CLINIC_BILLER.name(), Role.CLINIC_VIEWER.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailureHandler()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(csrfTokens()))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Spring Security's default handler (a fresh mask on the token for every response),
	 * with random bytes from several generators instead of one shared, locked one.
	 */
	private static XorCsrfTokenRequestAttributeHandler csrfTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(StripedSecureRandom.perCore());
		return handler;
	}

	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, ex) -> response.sendRedirect(request.getContextPath() + "/login?" + reason(ex));
	}

	/** Why a sign-in failed, as the sign-in page's parameters. */
	private static String reason(AuthenticationException ex) {
		if (ex instanceof LoginThrottledException throttled) {
			return "locked&wait=" + throttled.retryAfterSeconds();
		}
		if (ex instanceof UsernameTooLongException) {
			return "tooLong";
		}
		return (ex instanceof DisabledException) ? "disabled" : "error";
	}

	private static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
			writeProblem(json, request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed sign-ins for this user name or from this address. Try again in "
							+ throttled.retryAfterSeconds()
							+ ((throttled.retryAfterSeconds() == 1) ? " second." : " seconds."));
		}
		else if (ex instanceof UsernameTooLongException) {
			writeProblem(json, request, response, HttpStatus.BAD_REQUEST,
					"The user name is longer than " + LoginThrottle.MAX_USERNAME_LENGTH + " characters.");
		}
		else if (ex instanceof DisabledException) {
			writeProblem(json, request, response, HttpStatus.UNAUTHORIZED, "This account is disabled.");
		}
		else {
			writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
					"Sign in with HTTP Basic: a valid user name and password are required.");
		}
	}

	private static void writeProblem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			// Not "Basic": a browser would ask for and then remember the credentials, and
			// send
			// them with requests that other sites' pages make. Clients send Basic
			// unasked.
			response.setHeader("WWW-Authenticate", API_CHALLENGE);
		}
		json.writeValue(response.getOutputStream(), problem);
	}

}
