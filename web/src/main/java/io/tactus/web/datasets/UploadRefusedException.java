package io.tactus.web.datasets;

/**
 * An upload refused outright, before any dataset is made: empty, not a workbook, too
 * large.
 */
class UploadRefusedException extends RuntimeException {

	private final String fileName;

	UploadRefusedException(String fileName, String message) {
		super(message);
		this.fileName = fileName;
	}

	String fileName() {
		return this.fileName;
	}

}
