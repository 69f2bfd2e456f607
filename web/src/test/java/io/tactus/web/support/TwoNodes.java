package io.tactus.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.tactus.TactusApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes, each a whole Spring application with its own Tomcat on a free port,
 * sharing one PostgreSQL schema as nodes behind a load balancer share one database. They
 * start together, as two nodes of a fleet would.
 */
public final class TwoNodes implements AutoCloseable {

	private final List<ConfigurableApplicationContext> nodes;

	private TwoNodes(List<ConfigurableApplicationContext> nodes) {
		this.nodes = nodes;
	}

	/**
	 * Starts two nodes at the same time on one schema.
	 * @param schema the schema both use (Flyway creates it)
	 * @param settings further {@code name=value} settings for both nodes
	 * @return the running nodes
	 */
	public static TwoNodes start(PostgresSchema schema, String... settings) {
		try {
			schema.create();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create schema " + schema.name(), ex);
		}
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture
			.supplyAsync(() -> startNode(schema, "a", settings));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture
			.supplyAsync(() -> startNode(schema, "b", settings));
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		try {
			started.add(a.join());
			started.add(b.join());
		}
		catch (RuntimeException ex) {
			a.thenAccept(ConfigurableApplicationContext::close);
			b.thenAccept(ConfigurableApplicationContext::close);
			throw ex;
		}
		return new TwoNodes(started);
	}

	/**
	 * Starts one node on a schema, for a test that starts, stops or restarts nodes
	 * itself.
	 * @param schema the shared schema
	 * @param name the node's name, in its log lines
	 * @param settings further {@code name=value} settings
	 * @return the running node
	 */
	public static ConfigurableApplicationContext startNode(PostgresSchema schema, String name, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + schema.url(),
				"--spring.datasource.username=" + PostgresCondition.USER,
				"--spring.datasource.password=" + PostgresCondition.PASSWORD,
				"--spring.flyway.schemas=" + schema.name(), "--tactus.data-dir=target/test-data/node-" + name,
				"--spring.application.name=tactus-" + name, "--spring.main.banner-mode=off"));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		return new SpringApplicationBuilder(TactusApplication.class).profiles("test", "postgres")
			.run(args.toArray(String[]::new));
	}

	/**
	 * The base URL of a running node.
	 * @param node the node
	 * @return {@code http://127.0.0.1:port}
	 */
	public static String url(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
	}

	public ConfigurableApplicationContext a() {
		return this.nodes.get(0);
	}

	public ConfigurableApplicationContext b() {
		return this.nodes.get(1);
	}

	public String urlA() {
		return url(a());
	}

	public String urlB() {
		return url(b());
	}

	@Override
	public void close() {
		this.nodes.forEach(ConfigurableApplicationContext::close);
	}

}
