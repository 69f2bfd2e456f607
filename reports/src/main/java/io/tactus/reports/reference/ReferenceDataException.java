package io.tactus.reports.reference;

/**
 * A reference data file that is missing or cannot be read; carries the resource and, when
 * known, the offending line and value.
 */
public class ReferenceDataException extends RuntimeException {

	private final String resource;

	private final long line;

	private final String value;

	ReferenceDataException(String resource, long line, String value, String message) {
		super(resource + ((line > 0) ? " line " + line : "") + ": " + message
				+ ((value != null) ? " ('" + value + "')" : ""));
		this.resource = resource;
		this.line = line;
		this.value = (value != null) ? value : "";
	}

	ReferenceDataException(String resource, String message, Throwable cause) {
		super(resource + ": " + message, cause);
		this.resource = resource;
		this.line = 0;
		this.value = "";
	}

	/**
	 * The resource or file name.
	 * @return the resource
	 */
	public String resource() {
		return this.resource;
	}

	/**
	 * The CSV record number (1 = first data row after the header), 0 when not about a
	 * line.
	 * @return the line
	 */
	public long line() {
		return this.line;
	}

	/**
	 * The offending cell text, empty when not about a cell.
	 * @return the value
	 */
	public String value() {
		return this.value;
	}

}
