package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V5 keeps what clinics typed before localities could be picked: typed GPCIs
 * stay (and keep pricing), typed national indices become "no locality".
 */
class LocalityMigrationTests {

	@Test
	void keepsTypedGpcisAndClearsTypedNationalOnes() throws SQLException {
		String url = "jdbc:h2:mem:locality-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			Flyway.configure().dataSource(url, "sa", "").target("4").load().migrate();
			try (Statement sql = connection.createStatement()) {
				sql.executeUpdate("insert into clinic (id, name, name_key, created_at) values "
						+ "(1, 'Typed', 'typed', current_timestamp), (2, 'National', 'national', current_timestamp)");
				sql.executeUpdate("insert into clinic_settings (clinic_id, state, gpci_locality, gpci_work, gpci_pe, "
						+ "gpci_mp) values (1, 'AK', 'Anchorage', 1.500, 1.081, 0.592), "
						+ "(2, 'FL', 'national', 1.000, 1.000, 1.000)");
			}

			Flyway.configure().dataSource(url, "sa", "").load().migrate();

			try (Statement sql = connection.createStatement();
					ResultSet rows = sql.executeQuery("select clinic_id, state, medicare_locality, gpci_locality, "
							+ "gpci_work, gpci_pe, gpci_mp from clinic_settings order by clinic_id")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString("state")).isEqualTo("AK");
				assertThat(rows.getString("medicare_locality")).isNull();
				assertThat(rows.getString("gpci_locality")).isEqualTo("Anchorage");
				assertThat(rows.getBigDecimal("gpci_work")).isEqualByComparingTo(new BigDecimal("1.500"));
				assertThat(rows.getBigDecimal("gpci_pe")).isEqualByComparingTo(new BigDecimal("1.081"));
				assertThat(rows.getBigDecimal("gpci_mp")).isEqualByComparingTo(new BigDecimal("0.592"));
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString("state")).isEqualTo("FL");
				assertThat(rows.getString("medicare_locality")).isNull();
				assertThat(rows.getString("gpci_locality")).isNull();
				assertThat(rows.getBigDecimal("gpci_work")).isNull();
				assertThat(rows.next()).isFalse();
			}
		}
	}

}
