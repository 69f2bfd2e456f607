package io.tactus.core.codes;

/**
 * A reference data file on the classpath is missing or has a bad row.
 */
public class ReferenceDataException extends RuntimeException {

	private final String file;

	private final long line;

	/**
	 * Create an exception for a bad row.
	 * @param file the classpath resource
	 * @param line the 1-based record number, or 0 for the whole file
	 * @param message what is wrong
	 * @param cause the underlying problem, may be null
	 */
	public ReferenceDataException(String file, long line, String message, Throwable cause) {
		super(file + ((line > 0) ? " record " + line : "") + ": " + message, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

}
