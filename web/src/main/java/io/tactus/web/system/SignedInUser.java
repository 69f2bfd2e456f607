package io.tactus.web.system;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as security and the layout need them; the account feature's user
 * implements it, so this package does not depend on that feature.
 */
public interface SignedInUser extends UserDetails {

	/**
	 * The account id.
	 * @return the id
	 */
	long id();

	/**
	 * What the user may do.
	 * @return the role
	 */
	Role role();

	/**
	 * The credentials version the user signed in with: raised by every change of the
	 * account's password or status.
	 * @return the version
	 */
	int credentialsVersion();

	/**
	 * Whether the user must change a password someone else chose before they may do
	 * anything else.
	 * @return {@code true} until they changed it
	 */
	boolean mustChangePassword();

	/**
	 * This user without the password hash, as a session keeps them.
	 * @return a copy whose password hash is {@code null}
	 */
	SignedInUser withoutPassword();

}
