package io.tactus.web.datasets;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.ADMIN;

/**
 * Routes of the wage datasets feature.
 */
public class DatasetRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/admin/datasets", "/admin/datasets", ADMIN, 200),
				Route.page("POST", "/admin/datasets", "/admin/datasets", ADMIN, 400),
				Route.page("GET", "/admin/datasets/{id}", "/admin/datasets/999999", ADMIN, 404),
				Route.page("GET", "/admin/datasets/{id}/progress", "/admin/datasets/999999/progress", ADMIN, 404),
				Route.page("POST", "/admin/datasets/{id}/publish", "/admin/datasets/999999/publish", ADMIN, 404),
				Route.page("GET", "/admin/datasets/{id}/errors.xlsx", "/admin/datasets/999999/errors.xlsx", ADMIN, 404),
				Route.api("GET", "/api/v1/datasets", "/api/v1/datasets", ADMIN, 200),
				Route.api("POST", "/api/v1/datasets", "/api/v1/datasets", ADMIN, 400),
				Route.api("GET", "/api/v1/datasets/{id}", "/api/v1/datasets/999999", ADMIN, 404),
				Route.api("POST", "/api/v1/datasets/{id}/publish", "/api/v1/datasets/999999/publish", ADMIN, 404));
	}

}
