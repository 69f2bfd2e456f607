package io.tactus.web.account;

import java.util.OptionalInt;

import io.tactus.web.system.SignInAccounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The stored accounts as the sign-in and the session check see them.
 */
@Component
class AccountSignIn implements SignInAccounts {

	private final Accounts accounts;

	AccountSignIn(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Override
	public OptionalInt activeCredentialsVersion(long id) {
		return this.accounts.activeCredentialsVersion(id);
	}

}
