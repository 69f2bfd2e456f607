package io.tactus.reports.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Statistics across the states. Each counts the states it used and the states it left out
 * (missing or top-coded figures), never treating a missing figure as zero.
 *
 * @param medianOfMedians the median of the state annual medians (the mean of the middle
 * two for an even count)
 * @param meanOfMedians the arithmetic mean of the state annual medians
 * @param standardDeviationOfMedians the sample standard deviation (n − 1) of the state
 * annual medians; needs two states
 * @param employmentWeightedMeanWage Σ employment × annual mean / Σ employment, over the
 * states with both
 * @param pearsonMedianVsLocationQuotient Pearson's r of annual median against location
 * quotient; needs three states
 * @param spearmanMedianVsLocationQuotient Spearman's ρ of the same pairs, tied values
 * getting the average of their ranks; needs three states
 */
public record Summary(Statistic medianOfMedians, Statistic meanOfMedians, Statistic standardDeviationOfMedians,
		Statistic employmentWeightedMeanWage, Statistic pearsonMedianVsLocationQuotient,
		Statistic spearmanMedianVsLocationQuotient) {

	/** The fewest pairs a correlation is computed over. */
	public static final int MIN_CORRELATION_PAIRS = 3;

	public Summary {
		Objects.requireNonNull(medianOfMedians, "medianOfMedians");
		Objects.requireNonNull(meanOfMedians, "meanOfMedians");
		Objects.requireNonNull(standardDeviationOfMedians, "standardDeviationOfMedians");
		Objects.requireNonNull(employmentWeightedMeanWage, "employmentWeightedMeanWage");
		Objects.requireNonNull(pearsonMedianVsLocationQuotient, "pearsonMedianVsLocationQuotient");
		Objects.requireNonNull(spearmanMedianVsLocationQuotient, "spearmanMedianVsLocationQuotient");
	}

	static Summary of(List<StateStatistics> states) {
		Sample medians = Sample.of(states, Measure.ANNUAL_MEDIAN);
		double[] values = medians.column(0);
		Statistic median = (values.length > 0) ? Statistic.of(median(values), medians) : Statistic.undefined(medians);
		Statistic mean = (values.length > 0) ? Statistic.of(StatUtils.mean(values), medians)
				: Statistic.undefined(medians);
		Statistic sd = (values.length > 1) ? Statistic.of(new StandardDeviation(true).evaluate(values), medians)
				: Statistic.undefined(medians);
		return new Summary(median, mean, sd, weightedMean(states), pearson(states), spearman(states));
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static Statistic weightedMean(List<StateStatistics> states) {
		Sample sample = Sample.of(states, Measure.EMPLOYMENT, Measure.ANNUAL_MEAN);
		double[] employment = sample.column(0);
		double[] mean = sample.column(1);
		double weights = StatUtils.sum(employment);
		if (weights <= 0) {
			return Statistic.undefined(sample);
		}
		double total = 0;
		for (int i = 0; i < employment.length; i++) {
			total += employment[i] * mean[i];
		}
		return Statistic.of(total / weights, sample);
	}

	private static Statistic pearson(List<StateStatistics> states) {
		Sample sample = Sample.of(states, Measure.ANNUAL_MEDIAN, Measure.LOCATION_QUOTIENT);
		if (sample.size() < MIN_CORRELATION_PAIRS) {
			return Statistic.undefined(sample);
		}
		return Statistic.of(new PearsonsCorrelation().correlation(sample.column(0), sample.column(1)), sample);
	}

	private static Statistic spearman(List<StateStatistics> states) {
		Sample sample = Sample.of(states, Measure.ANNUAL_MEDIAN, Measure.LOCATION_QUOTIENT);
		if (sample.size() < MIN_CORRELATION_PAIRS) {
			return Statistic.undefined(sample);
		}
		SpearmansCorrelation spearman = new SpearmansCorrelation(
				new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE));
		return Statistic.of(spearman.correlation(sample.column(0), sample.column(1)), sample);
	}

}
