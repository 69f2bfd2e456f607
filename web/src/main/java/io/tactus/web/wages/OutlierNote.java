package io.tactus.web.wages;

import java.util.List;

import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.Outlier;
import io.tactus.reports.statistics.StateStatistics;

/**
 * A figure far from the other states', as the pages, map and exports explain it: the
 * message key (by measure and side) and its arguments as shown.
 *
 * @param measure the figure
 * @param key the message key of the reason
 * @param value the state's figure, as money
 * @param distance how many scaled MADs from the median state, one decimal
 * @param center the median of the states' figures, as money
 */
record OutlierNote(Measure measure, String key, String value, String distance, String center) {

	/**
	 * The notes of a state's outliers.
	 * @param state the state
	 * @return one per outlier, empty when it has none
	 */
	static List<OutlierNote> of(StateStatistics state) {
		return state.outliers().stream().map(OutlierNote::of).toList();
	}

	static OutlierNote of(Outlier outlier) {
		String side = outlier.above() ? "above" : "below";
		return new OutlierNote(outlier.measure(), "wages.outlier." + outlier.measure().name() + "." + side,
				WageFormat.format(Kind.WAGE, Unit.ANNUAL, outlier.value()),
				WageFormat.format(Kind.INDEX, Unit.ANNUAL, Math.abs(outlier.distance())),
				WageFormat.format(Kind.WAGE, Unit.ANNUAL, outlier.center()));
	}

	/**
	 * The arguments of the message, in order.
	 * @return value, distance, center
	 */
	Object[] arguments() {
		return new Object[] { this.value, this.distance, this.center };
	}

}
