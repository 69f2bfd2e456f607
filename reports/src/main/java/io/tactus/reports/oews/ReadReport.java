package io.tactus.reports.oews;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What reading one upload found: where the data was, which columns it had, how many rows
 * were passed on and every problem. A dataset with any {@link Finding.Severity#ERROR} is
 * rejected.
 *
 * <p>
 * Counts are exact; the stored findings are capped per kind (see
 * {@link #findingsLeftOut()}), so a file with a million bad numbers does not need a
 * million findings in memory.
 *
 * @param fileName the uploaded file name
 * @param format how the file was read
 * @param sheetName the data sheet (empty for CSV, or when no sheet had an OCC_CODE
 * header)
 * @param surveyYear the May reference year, from the sheet name or else the file name
 * @param headerRow the row number of the header, 0 when none was found
 * @param columns the OEWS columns found, each with the header as the file spells it
 * @param ignoredColumns headers that are not OEWS columns (they are not read)
 * @param rowsRead data rows read
 * @param rowsAccepted rows passed to the {@link RowSink} (with or without warnings)
 * @param rowsWarned accepted rows that have warnings
 * @param rowsRejected rows not passed on because of errors (their own, or the file's when
 * required columns are missing)
 * @param rowsLeftOut rows not passed on without an error: exact repeats and rows with
 * neither AREA nor OCC_CODE (notes)
 * @param findings the findings, in file order, at most the cap per kind
 * @param findingCounts the exact number of findings of each kind
 */
public record ReadReport(String fileName, SourceFormat format, String sheetName, OptionalInt surveyYear, int headerRow,
		Map<OewsColumn, String> columns, List<String> ignoredColumns, long rowsRead, long rowsAccepted, long rowsWarned,
		long rowsRejected, long rowsLeftOut, List<Finding> findings, Map<FindingKind, Long> findingCounts) {

	public ReadReport {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(sheetName, "sheetName");
		Objects.requireNonNull(surveyYear, "surveyYear");
		columns = Collections
			.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(OewsColumn.class) : new EnumMap<>(columns));
		ignoredColumns = List.copyOf(ignoredColumns);
		findings = List.copyOf(findings);
		findingCounts = Collections
			.unmodifiableMap(findingCounts.isEmpty() ? new EnumMap<>(FindingKind.class) : new EnumMap<>(findingCounts));
	}

	/**
	 * Whether the dataset can be used: no errors.
	 * @return {@code true} when there are no errors
	 */
	public boolean isAccepted() {
		return errorCount() == 0;
	}

	/**
	 * All errors, counted exactly.
	 * @return the number of errors
	 */
	public long errorCount() {
		return count(Finding.Severity.ERROR);
	}

	/**
	 * All warnings, counted exactly.
	 * @return the number of warnings
	 */
	public long warningCount() {
		return count(Finding.Severity.WARNING);
	}

	/**
	 * Findings counted but not stored because their kind reached the cap.
	 * @return the number left out of {@link #findings()}
	 */
	public long findingsLeftOut() {
		return this.findingCounts.values().stream().mapToLong(Long::longValue).sum() - this.findings.size();
	}

	/**
	 * The number of findings of one kind.
	 * @param kind the kind
	 * @return the exact count
	 */
	public long count(FindingKind kind) {
		return this.findingCounts.getOrDefault(kind, 0L);
	}

	private long count(Finding.Severity severity) {
		return this.findingCounts.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().severity() == severity)
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/**
	 * How an upload was read.
	 */
	public enum SourceFormat {

		/** Office Open XML workbook. */
		XLSX,

		/** Comma-separated values, UTF-8. */
		CSV

	}

}
