package io.tactus.web.datasets;

import io.tactus.web.system.StateGenerationAdvanced;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns an advance of the shared {@code published-data} generation (a publish or rollback
 * on any node, seen by {@code StateGenerationWatcher} within a poll) into a local
 * {@link DatasetPublished}, so every cache of published figures on this node is dropped.
 */
@Component
class PublishedDataAnnouncer {

	private final Datasets datasets;

	private final ApplicationEventPublisher events;

	PublishedDataAnnouncer(Datasets datasets, ApplicationEventPublisher events) {
		this.datasets = datasets;
		this.events = events;
	}

	@EventListener
	void announce(StateGenerationAdvanced advanced) {
		if (DatasetService.PUBLISHED_DATA.equals(advanced.name())) {
			this.events.publishEvent(
					new DatasetPublished(this.datasets.published().map(Dataset::id).orElse(DatasetPublished.NONE)));
		}
	}

}
