package io.tactus.web.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
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

	/** Every route of the portal, from each feature's {@link RouteCatalog}. */
	static final List<Route> ROUTES = catalogs();

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
					role.isClinicRole() ? "Matrix Clinic" : null);
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
		for (Role role : EnumSet.complementOf(EnumSet.copyOf(route.isPublic() ? Route.ANY : route.roles()))) {
			var response = this.mvc.perform(as(prepare(route), route, role)).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s as %s", route, role).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void rightRoleGetsThrough(Route route) throws Exception {
		for (Role role : route.roles()) {
			var response = this.mvc.perform(as(prepare(route), route, role)).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s as %s", route, role).isEqualTo(route.status(role));
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

	private static List<Route> catalogs() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(RouteCatalog.class));
		List<Route> routes = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.tactus.web")) {
			try {
				RouteCatalog catalog = (RouteCatalog) Class.forName(candidate.getBeanClassName())
					.getDeclaredConstructor()
					.newInstance();
				routes.addAll(catalog.routes());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot make " + candidate.getBeanClassName(), ex);
			}
		}
		return List.copyOf(routes);
	}

}
