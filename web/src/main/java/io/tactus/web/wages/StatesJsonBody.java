package io.tactus.web.wages;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.tactus.reports.statistics.StateComparison;
import io.tactus.web.datasets.DatasetPublished;
import io.tactus.web.wages.WageJson.StatesJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The body of {@code GET /api/v1/wages/states}: the same for every caller, so serialised
 * once per dataset and occupation (with the application's {@link JsonMapper}, as any
 * other response) and kept until the next {@link DatasetPublished}, with an entity tag
 * for conditional requests.
 */
@Component
class StatesJsonBody {

	private final JsonMapper json;

	/** Enough for every occupation of a few datasets. */
	private static final int MAX_ENTRIES = 10_000;

	private final UntilPublished<Key, Serialised> serialised = new UntilPublished<>(MAX_ENTRIES);

	StatesJsonBody(JsonMapper json) {
		this.json = json;
	}

	@EventListener
	void evict(DatasetPublished published) {
		this.serialised.clear();
	}

	/**
	 * The serialised comparison of a selection.
	 * @param selection the dataset and occupation
	 * @param comparison their comparison
	 * @return the UTF-8 JSON and its entity tag
	 */
	Serialised of(Selection selection, StateComparison comparison) {
		return this.serialised.get(new Key(selection.dataset().id(), selection.occupation().code()),
				(key) -> serialise(selection, comparison));
	}

	private Serialised serialise(Selection selection, StateComparison comparison) {
		StatesJson body = new StatesJson(WageJson.occupation(selection, comparison), WageJson.dataset(selection),
				WageJson.source(selection.year()),
				comparison.states().stream().map((s) -> WageJson.state(s, comparison)).toList(),
				WageJson.summary(comparison), WageJson.notes(selection, comparison));
		byte[] bytes = this.json.writeValueAsBytes(body);
		return new Serialised(bytes, entityTag(bytes));
	}

	private static String entityTag(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * A serialised body.
	 *
	 * @param bytes the JSON in UTF-8
	 * @param entityTag its strong entity tag, quoted
	 */
	record Serialised(byte[] bytes, String entityTag) {
	}

	private record Key(long datasetId, String occupation) {
	}

}
