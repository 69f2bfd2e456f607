package io.tactus.web.system;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.ADMIN;
import static io.tactus.web.support.Route.ANY;
import static io.tactus.web.support.Route.CLINIC_OWNER;

/**
 * Routes of the system and account features (the account feature's include a clinic
 * owner's staff page).
 */
public class SystemRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/", "/", ANY, 200).redirecting(Route.CLINIC_STAFF),
				Route.page("GET", "/account", "/account", ANY, 200),
				Route.page("POST", "/account", "/account", ANY, 200),
				Route.page("GET", "/admin/users", "/admin/users", ADMIN, 200),
				Route.page("POST", "/admin/users", "/admin/users", ADMIN, 200),
				Route.page("POST", "/admin/users/{id}/enabled", "/admin/users/999999/enabled?enabled=true", ADMIN, 404),
				Route.page("POST", "/admin/users/{id}/password", "/admin/users/999999/password?password=x", ADMIN, 404),
				Route.page("GET", "/admin/audit", "/admin/audit", ADMIN, 200),
				Route.page("GET", "/clinic/staff", "/clinic/staff", CLINIC_OWNER, 200),
				Route.page("POST", "/clinic/staff", "/clinic/staff", CLINIC_OWNER, 200),
				Route.page("POST", "/clinic/staff/{id}/enabled", "/clinic/staff/999999/enabled?enabled=false",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/staff/{id}/password", "/clinic/staff/999999/password", CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/staff/{id}/role", "/clinic/staff/999999/role?role=CLINIC_VIEWER",
						CLINIC_OWNER, 404),
				Route.publicPage("GET", "/login", "/login", 200), Route.publicPage("GET", "/signup", "/signup", 200),
				Route.publicPage("POST", "/signup", "/signup", 200),
				Route.api("GET", "/api/v1/me", "/api/v1/me", ANY, 200),
				Route.api("GET", "/api/v1/openapi", "/api/v1/openapi", ANY, 200),
				Route.api("GET", "/api/v1/openapi.yaml", "/api/v1/openapi.yaml", ANY, 200),
				Route.api("GET", "/api/v1/users", "/api/v1/users", ADMIN, 200),
				Route.api("POST", "/api/v1/users", "/api/v1/users", ADMIN, 400));
	}

}
