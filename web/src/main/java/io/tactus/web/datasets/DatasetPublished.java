package io.tactus.web.datasets;

/**
 * A dataset was published (or rolled back to) on this node or another: every cached
 * figure drawn from the previous one is stale.
 *
 * @param datasetId the dataset now published, {@link #NONE} when none is
 */
public record DatasetPublished(long datasetId) {

	/** The id announced when no dataset is published. */
	public static final long NONE = 0;

}
