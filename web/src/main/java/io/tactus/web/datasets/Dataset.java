package io.tactus.web.datasets;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One uploaded (or bundled) wage table and what became of it.
 *
 * @param id the dataset id
 * @param fileName the file name as uploaded
 * @param fileSize its size in bytes
 * @param sha256 its SHA-256, hex
 * @param source {@code UPLOAD} or {@code BUNDLED}
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param surveyYear the May reference year, {@code null} when unknown
 * @param status where it is in its life
 * @param sheetName the data sheet
 * @param rowsRead data rows read
 * @param rowsAccepted rows kept
 * @param rowsWarned kept rows with warnings
 * @param rowsRejected rows with errors
 * @param errorCount errors found
 * @param warningCount warnings found
 * @param message a plain message when the file could not be read at all
 * @param publishedAt when it was last published, {@code null} if never
 * @param publishedBy who published it last
 */
public record Dataset(long id, String fileName, long fileSize, String sha256, String source, String uploadedBy,
		OffsetDateTime uploadedAt, Integer surveyYear, DatasetStatus status, String sheetName, long rowsRead,
		long rowsAccepted, long rowsWarned, long rowsRejected, long errorCount, long warningCount, String message,
		OffsetDateTime publishedAt, String publishedBy) {

	/**
	 * The survey year, when known.
	 * @return the year
	 */
	public Optional<Integer> year() {
		return Optional.ofNullable(this.surveyYear);
	}

	public boolean isPublished() {
		return this.status == DatasetStatus.PUBLISHED;
	}

}
