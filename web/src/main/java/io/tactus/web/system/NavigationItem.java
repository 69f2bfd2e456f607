package io.tactus.web.system;

import java.util.Set;

/**
 * One entry of the main navigation, shown only to the roles that can use it. Each feature
 * declares its entries as beans.
 *
 * @param path where it leads
 * @param labelKey the message key of its label
 * @param roles who sees it
 * @param order position, lower first
 */
public record NavigationItem(String path, String labelKey, Set<Role> roles, int order) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}

}
