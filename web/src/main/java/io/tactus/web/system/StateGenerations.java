package io.tactus.web.system;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Generations of state that every node of the portal caches, kept in the shared database.
 * The owner of the state advances its generation in the transaction that changes it;
 * {@link StateGenerationWatcher} on every node sees the advance and announces it, so each
 * node drops what it derived from the older state.
 */
@Repository
public class StateGenerations {

	private final JdbcClient jdbc;

	StateGenerations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Advances a generation, in the caller's transaction when there is one: other nodes
	 * see the advance only once the change is committed.
	 * @param name the state's name
	 */
	public void advance(String name) {
		int updated = this.jdbc.sql("update state_generation set generation = generation + 1 where name = :name")
			.param("name", name)
			.update();
		if (updated != 1) {
			throw new IllegalArgumentException("No shared state named " + name);
		}
	}

	/**
	 * The current generations.
	 * @return generation by name
	 */
	Map<String, Long> all() {
		return this.jdbc.sql("select name, generation from state_generation")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
