package io.tactus.web.billing;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.ANY;

/**
 * Routes of the billing feature: the calculator is for every signed-in user, and so is
 * the API ({@code {}} as a body is a 400: no rule).
 */
public class BillingRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/billing/calculator", "/billing/calculator", ANY, 200),
				Route.api("POST", "/api/v1/billing/units", "/api/v1/billing/units", ANY, 400),
				Route.api("GET", "/api/v1/billing/codes", "/api/v1/billing/codes", ANY, 200));
	}

}
