package io.tactus.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when PostgreSQL answers at {@code TACTUS_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/tactus}, user {@code TACTUS_TEST_DB_USER},
 * default {@code postgres}). Without a server the test is skipped and the reason printed;
 * with {@code CI=true} it runs anyway and fails, so CI never passes by skipping.
 */
public class PostgresCondition implements ExecutionCondition {

	/** The JDBC URL of the test database. */
	public static final String URL = env("TACTUS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tactus");

	/** The user of the test database. */
	public static final String USER = env("TACTUS_TEST_DB_USER", "postgres");

	/** Its password, empty for trust authentication. */
	public static final String PASSWORD = env("TACTUS_TEST_DB_PASSWORD", "");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String problem = probe();
		if (problem == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
		}
		if (CiEnvironment.isCi()) {
			return ConditionEvaluationResult.enabled("CI=true: running although " + problem);
		}
		return CiEnvironment.skip("PostgreSQL test skipped: " + problem
				+ " (start PostgreSQL and create database 'tactus', or set TACTUS_TEST_DB_URL)");
	}

	/**
	 * Opens a connection to the test database.
	 * @return the connection
	 * @throws SQLException when it cannot
	 */
	public static Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("loginTimeout", "3");
		return DriverManager.getConnection(URL, properties);
	}

	private static String probe() {
		try (Connection connection = connect()) {
			return connection.isValid(3) ? null : "no valid connection to " + URL;
		}
		catch (SQLException ex) {
			return "cannot connect to " + URL + " as " + USER + ": " + ex.getMessage();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
