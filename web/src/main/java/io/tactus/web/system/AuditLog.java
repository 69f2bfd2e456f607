package io.tactus.web.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who did what, when, to which account or file: the log admins read.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records one event.
	 * @param actor who did it (a user name, or {@code system})
	 * @param action what
	 * @param subject to what (an account name, a file name)
	 * @param detail more, may be empty
	 */
	public void record(String actor, AuditAction action, String subject, String detail) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject, detail)
				values (:at, :actor, :action, :subject, :detail)""")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", truncate(actor, 254))
			.param("action", action.key())
			.param("subject", truncate(subject, 500))
			.param("detail", truncate(detail, 2000))
			.update();
	}

	/**
	 * The newest events first.
	 * @param limit how many
	 * @param offset how many to skip
	 * @return the events
	 */
	public List<AuditEvent> newest(int limit, int offset) {
		return this.jdbc.sql("""
				select occurred_at, actor, action, subject, detail from audit_event
				order by id desc limit :limit offset :offset""")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
			.list();
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * One event of the audit log.
	 *
	 * @param occurredAt when
	 * @param actor who
	 * @param action what
	 * @param subject to what
	 * @param detail more
	 */
	public record AuditEvent(OffsetDateTime occurredAt, String actor, String action, String subject, String detail) {
	}

}
