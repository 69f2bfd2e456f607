package io.tactus.web.system;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.ADMIN;
import static io.tactus.web.support.Route.ANY;

/**
 * Routes of the system and account features.
 */
public class SystemRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/", "/", ANY, 200).redirecting(Route.CLINIC_OWNER),
				Route.page("GET", "/account", "/account", ANY, 200),
				Route.page("POST", "/account", "/account", ANY, 200),
				Route.page("GET", "/admin/users", "/admin/users", ADMIN, 200),
				Route.page("POST", "/admin/users", "/admin/users", ADMIN, 200),
				Route.page("POST", "/admin/users/{id}/enabled", "/admin/users/999999/enabled?enabled=true", ADMIN, 404),
				Route.page("POST", "/admin/users/{id}/password", "/admin/users/999999/password?password=x", ADMIN, 404),
				Route.page("GET", "/admin/audit", "/admin/audit", ADMIN, 200),
				Route.publicPage("GET", "/login", "/login", 200), Route.publicPage("GET", "/signup", "/signup", 200),
				Route.publicPage("POST", "/signup", "/signup", 200),
				Route.api("GET", "/api/v1/me", "/api/v1/me", ANY, 200),
				Route.api("GET", "/api/v1/openapi", "/api/v1/openapi", ANY, 200),
				Route.api("GET", "/api/v1/openapi.yaml", "/api/v1/openapi.yaml", ANY, 200),
				Route.api("GET", "/api/v1/users", "/api/v1/users", ADMIN, 200),
				Route.api("POST", "/api/v1/users", "/api/v1/users", ADMIN, 400));
	}

}
