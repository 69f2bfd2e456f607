package io.tactus.web.datasets;

import java.util.List;
import java.util.Map;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.OewsColumn;

/**
 * What publishing a dataset would change, compared with the published one.
 *
 * @param against the published dataset compared with, {@code null} when none is published
 * @param statesAdded states and territories only in the new dataset
 * @param statesRemoved states and territories only in the published one
 * @param occupationsAdded occupations only in the new dataset
 * @param occupationsRemoved occupations only in the published one
 * @param occupationsAddedCount how many occupations were added in all
 * @param occupationsRemovedCount how many were removed in all
 * @param figuresCompared figures compared: every figure column of the national, state and
 * territory rows that both datasets have
 * @param figuresChanged how many of them differ (a number or a marker)
 * @param largestChanges the figures that moved most, as a share of the published figure
 * @param checks what the admin should look at before publishing, at most
 * {@link DatasetDiffs#CHECKS_LISTED}
 * @param checkCounts how many checks of each kind were found in all
 */
record DatasetDiff(Dataset against, List<Named> statesAdded, List<Named> statesRemoved, List<Named> occupationsAdded,
		List<Named> occupationsRemoved, long occupationsAddedCount, long occupationsRemovedCount, long figuresCompared,
		long figuresChanged, List<FigureChange> largestChanges, List<Check> checks, Map<CheckKind, Long> checkCounts) {

	/**
	 * All checks found, listed or not.
	 * @return the number of checks
	 */
	public long checkCount() {
		return this.checkCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * A code with its title.
	 *
	 * @param code the code
	 * @param title the title
	 */
	public record Named(String code, String title) {
	}

	/**
	 * One figure that moved.
	 *
	 * @param area the state (or the U.S.)
	 * @param row the row in the new file
	 * @param occupation the occupation code and title
	 * @param column the column
	 * @param before the published figure, a number
	 * @param after the new figure, a number
	 */
	public record FigureChange(String area, int row, String occupation, OewsColumn column, Figure before,
			Figure after) {

		public double change() {
			return this.after.value().orElseThrow() - this.before.value().orElseThrow();
		}

		/**
		 * The change as a share of the published figure.
		 * @return the percent, NaN when the published figure is 0
		 */
		public double percent() {
			double before = this.before.value().orElseThrow();
			return (before != 0) ? 100 * change() / before : Double.NaN;
		}

		/**
		 * Whether the change can be given as a share (the published figure is not 0).
		 * @return {@code true} when {@link #percent()} is a number
		 */
		public boolean hasPercent() {
			return !Double.isNaN(percent());
		}

	}

	/**
	 * Something the admin should look at before publishing, found by comparing with the
	 * published dataset.
	 *
	 * @param kind what was found
	 * @param area the state (or the U.S.), empty for a whole column
	 * @param row the row in the new file, 0 for a whole column
	 * @param occupation the occupation code and title, empty for a whole column
	 * @param column the column
	 * @param before the published figure
	 * @param after the new figure
	 * @param areasBefore for a missing column: how many areas the published dataset shows
	 * it for
	 */
	public record Check(CheckKind kind, String area, int row, String occupation, OewsColumn column, Figure before,
			Figure after, long areasBefore) {
	}

	/**
	 * What a comparison with the published dataset can find. Each is a warning: the
	 * dataset can still be published.
	 */
	public enum CheckKind {

		/**
		 * The published dataset has figures in a column that no row of the new one has.
		 */
		MISSING_COLUMN,

		/**
		 * Employment changes by a factor of {@link DatasetDiffs#EMPLOYMENT_FACTOR} or
		 * more.
		 */
		EMPLOYMENT_JUMP,

		/**
		 * A median (hourly or annual) moves by more than
		 * {@link DatasetDiffs#MEDIAN_MOVE_PERCENT} percent.
		 */
		MEDIAN_JUMP,

		/** A figure that was shown is now top-coded ({@code #}). */
		NEWLY_TOP_CODED,

		/** A figure that was shown is now suppressed ({@code *} or {@code **}). */
		NEWLY_SUPPRESSED

	}

}
