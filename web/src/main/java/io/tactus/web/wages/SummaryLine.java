package io.tactus.web.wages;

import java.util.List;

import io.tactus.reports.statistics.LeftOut;
import io.tactus.reports.statistics.Statistic;
import io.tactus.reports.statistics.Summary;

/**
 * One summary statistic as the page shows it.
 *
 * @param key the statistic's name in the API ({@code medianOfStateMedians} …), also the
 * suffix of its message key
 * @param statistic the statistic
 * @param text its value as shown
 * @param leftOutCodes the postal codes of the states left out
 */
record SummaryLine(String key, Statistic statistic, String text, List<String> leftOutCodes) {

	SummaryLine {
		leftOutCodes = List.copyOf(leftOutCodes);
	}

	static List<SummaryLine> of(Summary summary, WageFormat format) {
		return List.of(money("medianOfStateMedians", summary.medianOfMedians(), format),
				money("meanOfStateMedians", summary.meanOfMedians(), format),
				money("stdDevOfStateMedians", summary.standardDeviationOfMedians(), format),
				money("employmentWeightedMeanAnnualWage", summary.employmentWeightedMeanWage(), format),
				ratio("pearsonMedianVsLocationQuotient", summary.pearsonMedianVsLocationQuotient(), format),
				ratio("spearmanMedianVsLocationQuotient", summary.spearmanMedianVsLocationQuotient(), format));
	}

	private static SummaryLine money(String key, Statistic statistic, WageFormat format) {
		return new SummaryLine(key, statistic, format.money(statistic.value()), codes(statistic));
	}

	private static SummaryLine ratio(String key, Statistic statistic, WageFormat format) {
		return new SummaryLine(key, statistic, format.ratio(statistic.value()), codes(statistic));
	}

	private static List<String> codes(Statistic statistic) {
		return statistic.leftOutStates().stream().map(LeftOut::state).map(Enum::name).toList();
	}

	public String messageKey() {
		return "wages.summary." + this.key;
	}

}
