package io.tactus.web.datasets;

/**
 * Where a dataset is in its life.
 */
public enum DatasetStatus {

	/** Being read and checked. */
	PROCESSING,

	/** Read without errors; can be published. */
	READY,

	/** The file has errors (or is not a usable workbook); nothing of it is used. */
	REJECTED,

	/**
	 * The import stopped (the node importing it stopped, or an unexpected failure);
	 * nothing of it is used.
	 */
	FAILED,

	/** The dataset every report uses. */
	PUBLISHED,

	/** Published before, replaced since; kept for year-over-year views and rollback. */
	RETIRED;

	/**
	 * Whether an admin may publish a dataset in this state (again).
	 * @return {@code true} for ready and retired datasets
	 */
	public boolean isPublishable() {
		return this == READY || this == RETIRED;
	}

}
