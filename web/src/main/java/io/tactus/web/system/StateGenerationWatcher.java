package io.tactus.web.system;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the shared generations ({@code tactus.cluster.poll-millis}, every second by
 * default: one primary-key scan of a two-row table) and announces each advance as a
 * {@link StateGenerationAdvanced}, so a change made on any node reaches this one within
 * about a second. The first poll announces every generation, so nothing a node cached
 * before it knew where the generations stood outlives it.
 */
@Component
class StateGenerationWatcher {

	private static final Logger logger = LoggerFactory.getLogger(StateGenerationWatcher.class);

	private final StateGenerations generations;

	private final ApplicationEventPublisher events;

	private final Map<String, Long> seen = new HashMap<>();

	StateGenerationWatcher(StateGenerations generations, ApplicationEventPublisher events) {
		this.generations = generations;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${tactus.cluster.poll-millis:1000}",
			initialDelayString = "${tactus.cluster.poll-millis:1000}")
	synchronized void poll() {
		Map<String, Long> current;
		try {
			current = this.generations.all();
		}
		catch (DataAccessException ex) {
			logger.warn("Cannot read the shared state generations: {}", ex.getMessage());
			return;
		}
		current.forEach((name, generation) -> {
			Long before = this.seen.put(name, generation);
			if (!generation.equals(before)) {
				this.events.publishEvent(new StateGenerationAdvanced(name, generation));
			}
		});
	}

}
