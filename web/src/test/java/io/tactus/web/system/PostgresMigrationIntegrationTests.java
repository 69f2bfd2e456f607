package io.tactus.web.system;

import java.io.IOException;
import java.sql.SQLException;

import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same Flyway migrations run on PostgreSQL (profile {@code postgres}), in a schema of
 * their own that is dropped afterwards.
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class PostgresMigrationIntegrationTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		SCHEMA.drop();
	}

	@Test
	void appliesEveryMigrationOnPostgres() throws IOException {
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		assertThat(this.jdbc
			.sql("select count(*) from " + SCHEMA.name() + ".flyway_schema_history where success and type = 'SQL'")
			.query(Long.class)
			.single()).isEqualTo(migrations);
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void storesAccountsAndClinicsOnPostgres() {
		TactusUser owner = TestAccounts.ensure(this.accounts, this.service, "pg.owner@example.com", Role.CLINIC_OWNER,
				"Postgres Clinic");
		assertThat(this.accounts.findByUsername("PG.OWNER@example.com")).contains(owner);
		assertThat(owner.clinic()).isPresent();
		assertThat(this.accounts.findByUsername("admin")).isPresent();
	}

	@Test
	void keepsEveryClinicRoleInAClinicOnPostgres() {
		TactusUser biller = TestAccounts.ensure(this.accounts, this.service, "pg.biller", Role.CLINIC_BILLER,
				"Postgres Clinic");
		TactusUser viewer = TestAccounts.ensure(this.accounts, this.service, "pg.viewer", Role.CLINIC_VIEWER,
				"Postgres Clinic");
		long clinic = TestAccounts
			.ensure(this.accounts, this.service, "pg.owner@example.com", Role.CLINIC_OWNER, "Postgres Clinic")
			.clinic()
			.orElseThrow();
		assertThat(biller.clinic()).contains(clinic);
		assertThat(viewer.clinic()).contains(clinic);
		assertThat(biller.mustChangePassword()).isFalse();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insert("pg.lost", "CLINIC_VIEWER", null));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insert("pg.seeker", "JOB_SEEKER", clinic));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insert("pg.emperor", "EMPEROR", clinic));
	}

	private void insert(String username, String role, Long clinic) {
		this.jdbc.sql("""
				insert into app_user (username, username_key, password_hash, role, clinic_id, enabled, created_at)
				values (:name, :name, 'x', :role, :clinic, true, current_timestamp)""")
			.param("name", username)
			.param("role", role)
			.param("clinic", clinic)
			.update();
	}

}
