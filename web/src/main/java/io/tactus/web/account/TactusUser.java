package io.tactus.web.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.tactus.web.system.Role;
import io.tactus.web.system.SignedInUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user: who they are, their role and, for the clinic roles, their clinic.
 *
 * @param id the account id
 * @param username the login name
 * @param passwordHash the encoded password
 * @param role the role
 * @param clinicId the clinic of a clinic owner, biller or viewer, {@code null} otherwise
 * @param enabled whether the account may sign in
 * @param credentialsVersion raised by every change of the password or status; a session
 * signed in with an older version has ended
 * @param mustChangePassword whether the password was chosen by someone else (a temporary
 * one) and must be changed before anything else
 */
public record TactusUser(long id, String username, String passwordHash, Role role, Long clinicId, boolean enabled,
		int credentialsVersion, boolean mustChangePassword) implements SignedInUser {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * This user without the password hash, as a session keeps them: sessions are stored
	 * in the database, and nothing signed in needs the hash.
	 * @return a copy whose password hash is {@code null}
	 */
	@Override
	public TactusUser withoutPassword() {
		return new TactusUser(this.id, this.username, null, this.role, this.clinicId, this.enabled,
				this.credentialsVersion, this.mustChangePassword);
	}

	/**
	 * The clinic this user may see.
	 * @return the clinic id, empty for users without a clinic
	 */
	public Optional<Long> clinic() {
		return Optional.ofNullable(this.clinicId);
	}

}
