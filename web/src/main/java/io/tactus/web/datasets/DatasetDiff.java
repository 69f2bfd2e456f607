package io.tactus.web.datasets;

import java.util.List;

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
 * @param largestMedianChanges state rows whose annual median moved most
 */
public record DatasetDiff(Dataset against, List<Named> statesAdded, List<Named> statesRemoved,
		List<Named> occupationsAdded, List<Named> occupationsRemoved, long occupationsAddedCount,
		long occupationsRemovedCount, List<MedianChange> largestMedianChanges) {

	/**
	 * A code with its title.
	 *
	 * @param code the code
	 * @param title the title
	 */
	public record Named(String code, String title) {
	}

	/**
	 * One annual median that moved.
	 *
	 * @param area the state
	 * @param occupation the occupation title
	 * @param before the published median
	 * @param after the new median
	 */
	public record MedianChange(String area, String occupation, double before, double after) {

		public double change() {
			return this.after - this.before;
		}

		public double percent() {
			return (this.before != 0) ? 100 * (this.after - this.before) / this.before : Double.NaN;
		}

	}

}
