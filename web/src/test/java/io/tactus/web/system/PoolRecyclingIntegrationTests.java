package io.tactus.web.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default database keeps accepting writes after the pool has recycled its
 * connections, as it does every 30 minutes in a long-running portal (H2 2.4.240 closed
 * the database for every insert into a table with a {@code CHECK (... IN (...))}
 * constraint once the first pooled connection was closed).
 */
@SpringBootTest(properties = { "tactus.import-bundled-data=false", "spring.datasource.hikari.minimum-idle=3",
		"spring.datasource.hikari.maximum-pool-size=4" })
@ActiveProfiles("test")
class PoolRecyclingIntegrationTests {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		// The production URL (application.properties), on a file database of this test's
		// own.
		registry.add("tactus.data-dir", () -> dataDir.toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("db/tactus")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesToEveryTableWithAnInListCheckAfterThePoolRecyclesItsConnections() throws Exception {
		insertIntoEveryCheckedTable("before");
		HikariPoolMXBean pool = ((HikariDataSource) this.dataSource).getHikariPoolMXBean();
		for (int round = 0; round < 3; round++) {
			// As maxLifetime does, recycle connections while another stays open, so the
			// database itself stays open (closing the last connection would reopen it).
			try (Connection held = this.dataSource.getConnection()) {
				pool.softEvictConnections();
				insertIntoEveryCheckedTable("after" + round);
			}
		}
		assertThat(this.jdbc.sql("select count(*) from app_user where username like 'recycle-%'")
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void coversEveryTableThatHasAnInListCheck() {
		List<String> tables = this.jdbc
			.sql("select distinct tc.table_name from information_schema.table_constraints tc "
					+ "join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name "
					+ "where tc.constraint_type = 'CHECK' and regexp_like(cc.check_clause, ' IN *\\(', 'i')")
			.query(String.class)
			.list()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.sorted()
			.toList();
		assertThat(tables).containsExactlyElementsOf(CHECKED_TABLES);
	}

	/** Tables written by {@link #insertIntoEveryCheckedTable(String)}, sorted. */
	private static final List<String> CHECKED_TABLES = List.of("app_user", "clinic_payer", "clinic_therapist",
			"clinic_visit_change", "wage_dataset");

	/**
	 * One row in each table, each insert returning its generated key as the portal's own
	 * inserts do (the H2 defect showed on that path).
	 */
	private void insertIntoEveryCheckedTable(String round) {
		OffsetDateTime now = OffsetDateTime.now();
		long clinic = insert("insert into clinic (name, name_key, created_at) values (?, ?, ?)", "Recycle " + round,
				"recycle " + round, now);
		insert("insert into app_user (username, username_key, password_hash, role, clinic_id, created_at) "
				+ "values (?, ?, ?, 'CLINIC_OWNER', ?, ?)", "recycle-" + round, "recycle-" + round, "{noop}x", clinic,
				now);
		insert("insert into clinic_therapist (clinic_id, name, name_key, provider_type) values (?, ?, ?, 'LMT')",
				clinic, "T " + round, "t " + round);
		insert("insert into clinic_payer (clinic_id, name, name_key, kind, unit_rule) "
				+ "values (?, ?, ?, 'COMMERCIAL', 'AMA')", clinic, "P " + round, "p " + round);
		insert("insert into clinic_visit_change (clinic_id, visit_id, changed_at, changed_by, action, before_text) "
				+ "values (?, 1, ?, 'test', 'DELETED', ?)", clinic, now, "visit " + round);
		insert("insert into wage_dataset (file_name, file_size, sha256, source, uploaded_by, uploaded_at, status) "
				+ "values (?, 1, ?, 'UPLOAD', 'test', ?, 'FAILED')", round + ".xlsx",
				String.format("%064d", Math.abs(round.hashCode())), now);
	}

	private long insert(String sql, Object... params) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(key, "id");
		return key.getKeyAs(Long.class);
	}

}
