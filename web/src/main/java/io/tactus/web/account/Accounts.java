package io.tactus.web.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.web.system.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The user accounts and clinics, stored with plain JDBC.
 */
@Repository
public class Accounts {

	private static final String SELECT_USER = """
			select u.id, u.username, u.password_hash, u.role, u.clinic_id, u.enabled, u.credentials_version,
			u.must_change_password
			from app_user u""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Accounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The key under which names are unique: trimmed and lower-cased.
	 * @param name a user or clinic name
	 * @return the key
	 */
	static String key(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The account with a user name, ignoring case.
	 * @param username the name
	 * @return the account, or empty
	 */
	public Optional<TactusUser> findByUsername(String username) {
		return this.jdbc.sql(SELECT_USER + " where u.username_key = :key")
			.param("key", key(username))
			.query(Accounts::user)
			.optional();
	}

	Optional<TactusUser> findById(long id) {
		return this.jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(Accounts::user).optional();
	}

	boolean usernameTaken(String username) {
		return this.jdbc.sql("select count(*) from app_user where username_key = :key")
			.param("key", key(username))
			.query(Long.class)
			.single() > 0;
	}

	boolean clinicTaken(String name) {
		return this.jdbc.sql("select count(*) from clinic where name_key = :key")
			.param("key", key(name))
			.query(Long.class)
			.single() > 0;
	}

	boolean anyEnabledAdmin() {
		return this.jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true")
			.query(Long.class)
			.single() > 0;
	}

	long insertClinic(String name) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into clinic (name, name_key, created_at) values (:name, :key, :at)")
			.param("name", name.trim())
			.param("key", key(name))
			.param("at", now())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	long insertUser(String username, String passwordHash, Role role, Long clinicId) {
		return insertUser(username, passwordHash, role, clinicId, false);
	}

	/**
	 * Stores a new account.
	 * @param mustChangePassword whether someone else chose the password, so the user must
	 * change it at their first sign-in
	 */
	long insertUser(String username, String passwordHash, Role role, Long clinicId, boolean mustChangePassword) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into app_user (username, username_key, password_hash, role, clinic_id, enabled, created_at,
				    must_change_password)
				values (:username, :key, :hash, :role, :clinic, true, :at, :mustChange)""")
			.param("username", username.trim())
			.param("key", key(username))
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("clinic", clinicId)
			.param("at", now())
			.param("mustChange", mustChangePassword)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * The credentials version of an enabled account: raised by every change of its
	 * password or status, so that sessions signed in before the change end.
	 * @param id the account id
	 * @return the version, or empty when the account is disabled or gone
	 */
	public OptionalInt activeCredentialsVersion(long id) {
		return this.jdbc.sql("select credentials_version from app_user where id = :id and enabled = true")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElseGet(OptionalInt::empty);
	}

	/**
	 * Enables or disables an account; disabling raises its credentials version, so its
	 * sessions end even if it is enabled again before they make another request.
	 */
	void setEnabled(long id, boolean enabled) {
		this.jdbc.sql("""
				update app_user set enabled = :enabled, credentials_version = credentials_version + :raise
				where id = :id""").param("raise", enabled ? 0 : 1).param("enabled", enabled).param("id", id).update();
	}

	/**
	 * Stores a new password and ends the account's sessions.
	 * @param mustChangePassword whether someone else chose it (a temporary password) or
	 * the user themselves
	 */
	void setPasswordHash(long id, String hash, boolean mustChangePassword) {
		this.jdbc.sql("""
				update app_user set password_hash = :hash, credentials_version = credentials_version + 1,
				must_change_password = :mustChange
				where id = :id""").param("hash", hash).param("mustChange", mustChangePassword).param("id", id).update();
	}

	/**
	 * Gives a clinic's staff member another role and ends their sessions, which carry the
	 * old one.
	 */
	void setRole(long id, Role role) {
		this.jdbc.sql("""
				update app_user set role = :role, credentials_version = credentials_version + 1
				where id = :id""").param("role", role.name()).param("id", id).update();
	}

	/**
	 * A biller or viewer of one clinic: never an owner, and never anyone of another
	 * clinic.
	 * @param clinicId the clinic
	 * @param id the account id
	 * @return the account, or empty
	 */
	Optional<TactusUser> findStaff(long clinicId, long id) {
		return this.jdbc
			.sql(SELECT_USER
					+ " where u.id = :id and u.clinic_id = :clinic and u.role in ('CLINIC_BILLER', 'CLINIC_VIEWER')")
			.param("id", id)
			.param("clinic", clinicId)
			.query(Accounts::user)
			.optional();
	}

	/**
	 * Everyone of one clinic, owners first, then by name.
	 * @param clinicId the clinic
	 * @return the clinic's accounts
	 */
	List<StaffMember> staff(long clinicId) {
		return this.jdbc.sql("""
				select id, username, role, enabled, must_change_password, created_at from app_user
				where clinic_id = :clinic
				order by case when role = 'CLINIC_OWNER' then 0 else 1 end, username_key""")
			.param("clinic", clinicId)
			.query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("username"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Every account, for the admins' list, with the clinic name.
	 * @return the accounts ordered by name
	 */
	List<UserSummary> list() {
		return this.jdbc.sql("""
				select u.id, u.username, u.role, c.name as clinic, u.enabled, u.created_at
				from app_user u left join clinic c on c.id = u.clinic_id
				order by u.username_key""")
			.query((rs, n) -> new UserSummary(rs.getLong("id"), rs.getString("username"),
					Role.valueOf(rs.getString("role")), rs.getString("clinic"), rs.getBoolean("enabled"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	Optional<String> clinicName(long clinicId) {
		return this.jdbc.sql("select name from clinic where id = :id")
			.param("id", clinicId)
			.query(String.class)
			.optional();
	}

	Optional<Long> clinicIdByName(String name) {
		return this.jdbc.sql("select id from clinic where name_key = :key")
			.param("key", key(name))
			.query(Long.class)
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static TactusUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long clinic = rs.getLong("clinic_id");
		return new TactusUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.wasNull() ? null : clinic, rs.getBoolean("enabled"),
				rs.getInt("credentials_version"), rs.getBoolean("must_change_password"));
	}

	/**
	 * One row of the admins' user list.
	 *
	 * @param id the account id
	 * @param username the login name
	 * @param role the role
	 * @param clinic the clinic name, {@code null} for users without one
	 * @param enabled whether the account may sign in
	 * @param createdAt when the account was made
	 */
	record UserSummary(long id, String username, Role role, String clinic, boolean enabled, OffsetDateTime createdAt) {
	}

	/**
	 * One account of a clinic, as its owner's staff page lists it.
	 *
	 * @param id the account id
	 * @param username the login name
	 * @param role the role
	 * @param enabled whether the account may sign in
	 * @param mustChangePassword whether it still has a temporary password
	 * @param createdAt when the account was made
	 */
	record StaffMember(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
			OffsetDateTime createdAt) {

		public boolean isOwner() {
			return this.role == Role.CLINIC_OWNER;
		}

	}

}
