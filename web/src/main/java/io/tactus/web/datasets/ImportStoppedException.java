package io.tactus.web.datasets;

/**
 * An import stopped because its lease was lost or its node is stopping.
 */
class ImportStoppedException extends RuntimeException {

	ImportStoppedException(ImportStop reason) {
		super("Import stopped: " + reason, null, false, false);
	}

}
