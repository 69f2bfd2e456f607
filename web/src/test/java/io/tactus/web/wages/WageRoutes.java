package io.tactus.web.wages;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.ANY;

/**
 * Routes of the pay-by-state feature: every signed-in user.
 */
public class WageRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/wages", "/wages", ANY, 200),
				Route.page("GET", "/wages/states", "/wages/states", ANY, 200),
				Route.page("GET", "/wages/states/{code}", "/wages/states/ZZ", ANY, 404),
				Route.page("GET", "/wages/compare", "/wages/compare?states=AK&states=WA", ANY, 200),
				Route.page("GET", "/wages/export.xlsx", "/wages/export.xlsx", ANY, 200),
				Route.page("GET", "/wages/export.csv", "/wages/export.csv", ANY, 200),
				Route.api("GET", "/api/v1/wages/states", "/api/v1/wages/states?occupation=31-9011", ANY, 200),
				Route.api("GET", "/api/v1/wages/states/{code}", "/api/v1/wages/states/ZZ", ANY, 404));
	}

}
