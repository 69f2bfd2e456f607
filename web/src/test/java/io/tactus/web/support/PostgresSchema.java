package io.tactus.web.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own in the test PostgreSQL database, for one test class: Flyway creates
 * and migrates it, the test drops it afterwards.
 */
public final class PostgresSchema {

	private final String name = "tactus_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

	/**
	 * Points the portal's datasource and Flyway at this schema.
	 * @param registry the test's dynamic properties
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::url);
		registry.add("spring.datasource.username", () -> PostgresCondition.USER);
		registry.add("spring.datasource.password", () -> PostgresCondition.PASSWORD);
		registry.add("spring.flyway.schemas", () -> this.name);
	}

	/**
	 * The JDBC URL that makes this schema the current one.
	 * @return the URL
	 */
	public String url() {
		String separator = PostgresCondition.URL.contains("?") ? "&" : "?";
		return PostgresCondition.URL + separator + "currentSchema=" + this.name + "&reWriteBatchedInserts=true";
	}

	public String name() {
		return this.name;
	}

	/**
	 * Creates the schema, empty, as a database administrator would before the first start
	 * (several nodes starting at once then race only in Flyway, which locks).
	 * @throws SQLException when PostgreSQL refuses
	 */
	public void create() throws SQLException {
		try (Connection connection = PostgresCondition.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create schema if not exists " + this.name);
		}
	}

	/**
	 * Drops the schema and everything in it.
	 * @throws SQLException when PostgreSQL refuses
	 */
	public void drop() throws SQLException {
		try (Connection connection = PostgresCondition.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.name + " cascade");
		}
	}

}
