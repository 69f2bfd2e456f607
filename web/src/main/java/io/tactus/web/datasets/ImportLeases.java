package io.tactus.web.datasets;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leases on imports: a node imports a {@code PROCESSING} dataset only while it holds
 * the dataset's lease ({@code wage_dataset.lease_owner}, {@code lease_until}), which it
 * renews every third of {@code tactus.imports.lease}. Times are the database's clock
 * ({@code current_timestamp}), so the nodes' clocks need not agree. This node's name is
 * its host name and a random suffix, new at each start.
 */
@Repository
class ImportLeases {

	private static final Logger logger = LoggerFactory.getLogger(ImportLeases.class);

	/**
	 * The end of a lease taken now, in the database's clock (H2 and PostgreSQL alike).
	 */
	static final String UNTIL = "current_timestamp + cast(:millis as double precision) * interval '0.001' second";

	/** Whether a lease has run out (or there never was one). */
	static final String EXPIRED = "(lease_until is null or lease_until < current_timestamp)";

	/** Whether a lease is free to take: nobody holds it, or it has run out. */
	static final String FREE = "(lease_owner is null or " + EXPIRED + ")";

	private final JdbcClient jdbc;

	private final Duration lease;

	private final String node;

	ImportLeases(JdbcClient jdbc, ImportProperties properties) {
		this.jdbc = jdbc;
		this.lease = properties.lease();
		this.node = hostName() + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
		logger.info("This node takes wage imports as {} (lease {})", this.node, this.lease);
	}

	/**
	 * This node's name in {@code lease_owner}.
	 * @return the name
	 */
	String node() {
		return this.node;
	}

	Duration lease() {
		return this.lease;
	}

	long millis() {
		return this.lease.toMillis();
	}

	/**
	 * Takes the lease of a {@code PROCESSING} dataset that nobody holds (or whose holder
	 * let it run out), or renews it when this node holds it: one conditional update, so
	 * of several nodes claiming at once exactly one gets it.
	 * @param id the dataset
	 * @return whether this node holds the lease now
	 */
	boolean claim(long id) {
		return this.jdbc
			.sql("update wage_dataset set lease_owner = :node, lease_until = " + UNTIL
					+ " where id = :id and status = 'PROCESSING' and (lease_owner = :node or " + FREE + ")")
			.param("node", this.node)
			.param("millis", millis())
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Extends this node's lease on a dataset.
	 * @param id the dataset
	 * @return {@code false} when the lease is lost: the dataset is no longer
	 * {@code PROCESSING} under this node
	 */
	boolean renew(long id) {
		return this.jdbc
			.sql("update wage_dataset set lease_until = " + UNTIL
					+ " where id = :id and status = 'PROCESSING' and lease_owner = :node")
			.param("node", this.node)
			.param("millis", millis())
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Locks the dataset's row for the caller's transaction when this node holds its
	 * lease, so that nobody fails (or restarts) it until the transaction ends.
	 * @param id the dataset
	 * @return whether this node holds the lease
	 */
	boolean lockIfHeld(long id) {
		return !this.jdbc.sql(
				"select id from wage_dataset where id = :id and status = 'PROCESSING' and lease_owner = :node for update")
			.param("id", id)
			.param("node", this.node)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * The {@code PROCESSING} datasets whose lease has run out (or that never had one): a
	 * dataset without an owner but with a lease end is waiting to be claimed until then.
	 * @return the datasets
	 */
	List<Expired> expired() {
		return this.jdbc
			.sql("select id, file_name, uploaded_by, lease_owner from wage_dataset where status = 'PROCESSING' and "
					+ EXPIRED)
			.query((rs, row) -> new Expired(rs.getLong("id"), rs.getString("file_name"), rs.getString("uploaded_by"),
					rs.getString("lease_owner")))
			.list();
	}

	/**
	 * Marks failed a dataset whose lease has run out, if it still has: in the caller's
	 * transaction.
	 * @param id the dataset
	 * @param message why
	 * @return whether this call failed it
	 */
	boolean failExpired(long id, String message) {
		return this.jdbc.sql("""
				update wage_dataset set status = 'FAILED', message = :message, finished_at = current_timestamp,
				lease_owner = null, lease_until = null where id = :id and status = 'PROCESSING' and """ + " " + EXPIRED)
			.param("message", message)
			.param("id", id)
			.update() == 1;
	}

	private static String hostName() {
		String name = System.getenv("HOSTNAME");
		if (name == null || name.isBlank()) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				name = "node";
			}
		}
		name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
		return name.isEmpty() ? "node" : (name.length() > 80) ? name.substring(0, 80) : name;
	}

	/**
	 * A dataset left by a node that stopped renewing its lease.
	 *
	 * @param id the dataset
	 * @param fileName its file
	 * @param uploadedBy who uploaded it
	 * @param owner the node that held the lease, {@code null} for none
	 */
	record Expired(long id, String fileName, String uploadedBy, String owner) {
	}

}
