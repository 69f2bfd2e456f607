package io.tactus.web.datasets;

/**
 * An admin published a dataset: every cached figure drawn from the previous one is stale.
 *
 * @param datasetId the dataset now published
 */
public record DatasetPublished(long datasetId) {
}
