package io.tactus.web.datasets;

/**
 * The dataset is no longer {@code PROCESSING} under this node.
 */
class LeaseLostException extends RuntimeException {

	LeaseLostException(long id) {
		super("This node no longer holds the lease on dataset " + id, null, false, false);
	}

}
