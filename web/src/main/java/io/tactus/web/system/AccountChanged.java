package io.tactus.web.system;

/**
 * An account's password or status changed: anything that remembered its credentials must
 * forget them.
 *
 * @param username the account's user name
 */
public record AccountChanged(String username) {
}
