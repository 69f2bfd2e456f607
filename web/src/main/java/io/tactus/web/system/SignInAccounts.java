package io.tactus.web.system;

import java.util.OptionalInt;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The accounts that may sign in, as security needs them: the user of a name, and whether
 * a signed-in session still holds. The account feature provides the bean.
 */
public interface SignInAccounts extends UserDetailsService {

	/**
	 * The credentials version of an enabled account: raised by every change of its
	 * password or status, so that sessions signed in before the change end.
	 * @param id the account id
	 * @return the version, or empty when the account is disabled or gone
	 */
	OptionalInt activeCredentialsVersion(long id);

}
