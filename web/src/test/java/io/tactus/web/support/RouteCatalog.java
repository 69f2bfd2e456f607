package io.tactus.web.support;

import java.util.List;

/**
 * The routes of one feature for the access matrix. Each feature's test package has one;
 * the matrix test finds them all on the test classpath, and fails for any mapped route
 * none of them lists.
 */
public interface RouteCatalog {

	/**
	 * The feature's routes.
	 * @return the routes
	 */
	List<Route> routes();

}
