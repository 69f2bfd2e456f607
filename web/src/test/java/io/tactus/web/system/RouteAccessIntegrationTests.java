package io.tactus.web.system;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.Role;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route against every role: anonymous users are sent to sign in (pages) or get 401
 * (API), a wrong role gets 403, the right role gets through. A route that is not in
 * {@link #ROUTES} fails {@link #everyRouteIsInTheMatrix()}, so new routes must join.
 */
@TactusIntegrationTest
class RouteAccessIntegrationTests {

	private static final Set<Role> ANY = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	/**
	 * Every route of the portal: method, path as mapped, a concrete path, who may use it,
	 * the status they get.
	 */
	static final List<Route> ROUTES = List.of(
			// pages
			Route.page("GET", "/", "/", ANY, 200), Route.page("GET", "/account", "/account", ANY, 200),
			Route.page("POST", "/account", "/account", ANY, 200),
			Route.page("GET", "/admin/users", "/admin/users", ADMIN, 200),
			Route.page("POST", "/admin/users", "/admin/users", ADMIN, 200),
			Route.page("POST", "/admin/users/{id}/enabled", "/admin/users/999999/enabled?enabled=true", ADMIN, 404),
			Route.page("POST", "/admin/users/{id}/password", "/admin/users/999999/password?password=x", ADMIN, 404),
			Route.page("GET", "/admin/audit", "/admin/audit", ADMIN, 200),
			Route.page("GET", "/admin/datasets", "/admin/datasets", ADMIN, 200),
			Route.page("POST", "/admin/datasets", "/admin/datasets", ADMIN, 400),
			Route.page("GET", "/admin/datasets/{id}", "/admin/datasets/999999", ADMIN, 404),
			Route.page("GET", "/admin/datasets/{id}/progress", "/admin/datasets/999999/progress", ADMIN, 404),
			Route.page("POST", "/admin/datasets/{id}/publish", "/admin/datasets/999999/publish", ADMIN, 404),
			Route.page("GET", "/admin/datasets/{id}/errors.xlsx", "/admin/datasets/999999/errors.xlsx", ADMIN, 404),
			// public pages
			Route.publicPage("GET", "/login", "/login", 200), Route.publicPage("GET", "/signup", "/signup", 200),
			Route.publicPage("POST", "/signup", "/signup", 200),
			// API
			Route.api("GET", "/api/v1/me", "/api/v1/me", ANY, 200),
			Route.api("GET", "/api/v1/users", "/api/v1/users", ADMIN, 200),
			Route.api("POST", "/api/v1/users", "/api/v1/users", ADMIN, 400),
			Route.api("GET", "/api/v1/datasets", "/api/v1/datasets", ADMIN, 200),
			Route.api("POST", "/api/v1/datasets", "/api/v1/datasets", ADMIN, 400),
			Route.api("GET", "/api/v1/datasets/{id}", "/api/v1/datasets/999999", ADMIN, 404),
			Route.api("POST", "/api/v1/datasets/{id}/publish", "/api/v1/datasets/999999/publish", ADMIN, 404));

	/** Mappings that are not routes of the portal's own. */
	private static final Set<String> NOT_ROUTES = Set.of("/error");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeEach
	void accounts() {
		for (Role role : Role.values()) {
			TestAccounts.ensure(this.accounts, this.service, username(role), role,
					(role == Role.CLINIC_OWNER) ? "Matrix Clinic" : null);
		}
	}

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (NOT_ROUTES.contains(pattern)) {
					continue;
				}
				Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
					.getMethods();
				for (var m : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
						: methods) {
					mapped.add(m.name() + " " + pattern);
				}
			}
		});
		Set<String> inMatrix = new TreeSet<>();
		ROUTES.forEach((route) -> inMatrix.add(route.method() + " " + route.pattern()));
		assertThat(inMatrix).as("routes in the access matrix").containsAll(mapped);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void anonymousIsSentToSignInOrRefused(Route route) throws Exception {
		var result = this.mvc.perform(prepare(route)).andReturn().getResponse();
		if (route.isPublic()) {
			assertThat(result.getStatus()).isEqualTo(route.status());
		}
		else if (route.api()) {
			assertThat(result.getStatus()).isEqualTo(401);
			assertThat(result.getContentType()).contains("json");
		}
		else if (route.method().equals("GET")) {
			assertThat(result.getStatus()).isEqualTo(302);
			assertThat(result.getRedirectedUrl()).endsWith("/login");
		}
		else {
			assertThat(result.getStatus()).isIn(302, 403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void wrongRoleIsForbidden(Route route) throws Exception {
		for (Role role : EnumSet.complementOf(EnumSet.copyOf(route.roles().isEmpty() ? ANY : route.roles()))) {
			var response = this.mvc.perform(as(prepare(route), route, role)).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s as %s", route, role).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void rightRoleGetsThrough(Route route) throws Exception {
		for (Role role : route.roles()) {
			var response = this.mvc.perform(as(prepare(route), route, role)).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s as %s", route, role).isEqualTo(route.status());
		}
	}

	static Stream<Route> routes() {
		return ROUTES.stream();
	}

	private MockHttpServletRequestBuilder prepare(Route route) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.path());
		if (route.api() && route.method().equals("POST")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (!route.api() && route.method().equals("POST")) {
			request.with(csrf());
		}
		return request;
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Route route, Role role) {
		if (route.api()) {
			return request.with(httpBasic(username(role), TestAccounts.PASSWORD));
		}
		TactusUser principal = this.accounts.findByUsername(username(role)).orElseThrow();
		return request.with(user(principal));
	}

	private static String username(Role role) {
		return "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * One route of the matrix.
	 *
	 * @param method the HTTP method
	 * @param pattern the path as mapped
	 * @param path a concrete path to request
	 * @param roles the roles that may use it (empty: public)
	 * @param api whether it is under {@code /api}
	 * @param status the status the right role gets
	 */
	record Route(String method, String pattern, String path, Set<Role> roles, boolean api, int status) {

		static Route page(String method, String pattern, String path, Set<Role> roles, int status) {
			return new Route(method, pattern, path, roles, false, status);
		}

		static Route publicPage(String method, String pattern, String path, int status) {
			return new Route(method, pattern, path, Set.of(), false, status);
		}

		static Route api(String method, String pattern, String path, Set<Role> roles, int status) {
			return new Route(method, pattern, path, roles, true, status);
		}

		boolean isPublic() {
			return this.roles.isEmpty();
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
