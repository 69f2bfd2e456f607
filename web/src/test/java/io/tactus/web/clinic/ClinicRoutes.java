package io.tactus.web.clinic;

import java.util.List;

import io.tactus.web.support.Route;
import io.tactus.web.support.RouteCatalog;

import static io.tactus.web.support.Route.CLINIC_EDITORS;
import static io.tactus.web.support.Route.CLINIC_OWNER;
import static io.tactus.web.support.Route.CLINIC_STAFF;

/**
 * Routes of the clinic billing feature.
 */
public class ClinicRoutes implements RouteCatalog {

	@Override
	public List<Route> routes() {
		return List.of(Route.page("GET", "/clinic/settings", "/clinic/settings", CLINIC_EDITORS, 200),
				Route.page("POST", "/clinic/settings/therapists", "/clinic/settings/therapists", CLINIC_OWNER, 200),
				Route.page("POST", "/clinic/settings/payers", "/clinic/settings/payers", CLINIC_OWNER, 200),
				Route.page("POST", "/clinic/settings/therapists/{id}", "/clinic/settings/therapists/999999",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/therapists/{id}/delete",
						"/clinic/settings/therapists/999999/delete", CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/therapists/{id}/retire",
						"/clinic/settings/therapists/999999/retire", CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/therapists/{id}/restore",
						"/clinic/settings/therapists/999999/restore", CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/payers/{id}", "/clinic/settings/payers/999999", CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/payers/{id}/delete", "/clinic/settings/payers/999999/delete",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/payers/{id}/retire", "/clinic/settings/payers/999999/retire",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/payers/{id}/restore", "/clinic/settings/payers/999999/restore",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/payers/{id}/fees", "/clinic/settings/payers/999999/fees",
						CLINIC_OWNER, 404),
				Route.page("POST", "/clinic/settings/locality", "/clinic/settings/locality", CLINIC_OWNER, 302),
				Route.page("GET", "/clinic/visits", "/clinic/visits", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/visits/new", "/clinic/visits/new", CLINIC_EDITORS, 200),
				Route.page("POST", "/clinic/visits/new", "/clinic/visits/new", CLINIC_EDITORS, 200),
				Route.page("GET", "/clinic/visits/{id}", "/clinic/visits/999999", CLINIC_STAFF, 404),
				Route.page("GET", "/clinic/visits/{id}/edit", "/clinic/visits/999999/edit", CLINIC_EDITORS, 404),
				Route.page("POST", "/clinic/visits/{id}/edit", "/clinic/visits/999999/edit", CLINIC_EDITORS, 404),
				Route.page("POST", "/clinic/visits/{id}/delete", "/clinic/visits/999999/delete", CLINIC_EDITORS, 404),
				Route.page("GET", "/clinic/visits/import", "/clinic/visits/import", CLINIC_EDITORS, 200),
				Route.page("POST", "/clinic/visits/import", "/clinic/visits/import", CLINIC_EDITORS, 400),
				Route.page("POST", "/clinic/visits/imports/{id}/delete", "/clinic/visits/imports/999999/delete",
						CLINIC_EDITORS, 404),
				Route.page("GET", "/clinic/visits/template.csv", "/clinic/visits/template.csv", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/visits/template.xlsx", "/clinic/visits/template.xlsx", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/visits.csv", "/clinic/visits.csv", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/visits.xlsx", "/clinic/visits.xlsx", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/summary", "/clinic/summary", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/summary/print", "/clinic/summary/print", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/summary.csv", "/clinic/summary.csv", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/summary.xlsx", "/clinic/summary.xlsx", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/summary/findings/{kind}", "/clinic/summary/findings/NO_SUCH_KIND",
						CLINIC_STAFF, 404),
				Route.page("GET", "/clinic/dashboard", "/clinic/dashboard", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/threshold", "/clinic/threshold", CLINIC_STAFF, 200),
				Route.page("GET", "/clinic/wages", "/clinic/wages", CLINIC_STAFF, 200));
	}

}
