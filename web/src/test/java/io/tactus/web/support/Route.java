package io.tactus.web.support;

import java.util.EnumSet;
import java.util.Set;

import io.tactus.web.system.Role;

/**
 * One route of the access matrix: who may use it and what the right role gets.
 *
 * @param method the HTTP method
 * @param pattern the path as mapped
 * @param path a concrete path to request
 * @param roles the roles that may use it (empty: public)
 * @param api whether it is under {@code /api} (HTTP Basic, JSON answers)
 * @param status the status the right role gets
 * @param redirected roles of {@code roles} that are sent elsewhere (302) instead
 */
public record Route(String method, String pattern, String path, Set<Role> roles, boolean api, int status,
		Set<Role> redirected) {

	/** Every role. */
	public static final Set<Role> ANY = EnumSet.allOf(Role.class);

	/** Admins only. */
	public static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	/** Clinic owners only. */
	public static final Set<Role> CLINIC_OWNER = EnumSet.of(Role.CLINIC_OWNER);

	/** Everyone of a clinic: owner, billers and viewers (reading). */
	public static final Set<Role> CLINIC_STAFF = EnumSet.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER);

	/** Those of a clinic who change its visits: owner and billers. */
	public static final Set<Role> CLINIC_EDITORS = EnumSet.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER);

	public static Route page(String method, String pattern, String path, Set<Role> roles, int status) {
		return new Route(method, pattern, path, roles, false, status, Set.of());
	}

	public static Route publicPage(String method, String pattern, String path, int status) {
		return new Route(method, pattern, path, Set.of(), false, status, Set.of());
	}

	public static Route api(String method, String pattern, String path, Set<Role> roles, int status) {
		return new Route(method, pattern, path, roles, true, status, Set.of());
	}

	/**
	 * The same route, with some of its roles sent elsewhere (e.g. the home page sends
	 * clinic users to their dashboard).
	 * @param roles the roles redirected
	 * @return the route
	 */
	public Route redirecting(Set<Role> roles) {
		return new Route(this.method, this.pattern, this.path, this.roles, this.api, this.status, Set.copyOf(roles));
	}

	/**
	 * The status one of the route's roles gets.
	 * @param role the role
	 * @return 302 for a redirected role, else {@link #status()}
	 */
	public int status(Role role) {
		return this.redirected.contains(role) ? 302 : this.status;
	}

	public boolean isPublic() {
		return this.roles.isEmpty();
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
