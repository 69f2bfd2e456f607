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
 */
public record Route(String method, String pattern, String path, Set<Role> roles, boolean api, int status) {

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
		return new Route(method, pattern, path, roles, false, status);
	}

	public static Route publicPage(String method, String pattern, String path, int status) {
		return new Route(method, pattern, path, Set.of(), false, status);
	}

	public static Route api(String method, String pattern, String path, Set<Role> roles, int status) {
		return new Route(method, pattern, path, roles, true, status);
	}

	public boolean isPublic() {
		return this.roles.isEmpty();
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
