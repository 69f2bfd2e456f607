package io.tactus.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;

/**
 * The figures and statistics of one state for one occupation. Every figure the table
 * lacks (or top-codes) is empty, and {@link #reliability()} says why.
 *
 * @param state the state
 * @param areaTitle AREA_TITLE as published
 * @param employment TOT_EMP
 * @param jobsPer1000 JOBS_1000
 * @param locationQuotient LOC_QUOTIENT
 * @param hourlyMean H_MEAN
 * @param annualMean A_MEAN
 * @param annualP10 A_PCT10
 * @param annualP25 A_PCT25
 * @param annualMedian A_MEDIAN
 * @param annualP75 A_PCT75
 * @param annualP90 A_PCT90
 * @param medianRank rank by annual median, 1 = highest, competition ranking (ties share
 * the best rank, the next rank is skipped); empty without a median
 * @param medianVsNational annual median minus the national annual median
 * @param medianVsNationalPercent that difference as a percentage of the national median
 * @param meanVsNational annual mean minus the national annual mean
 * @param interquartileRange P75 − P25
 * @param p90ToP10Ratio P90 / P10
 * @param reliability which figures are top-coded or missing, and whether the sample is
 * thin
 * @param model the log-normal wage model fitted to the percentiles, empty with fewer than
 * three usable percentiles
 * @param distribution the share earning at least a wage, drawn from the published
 * percentiles (the model only beyond them); empty with fewer than two usable percentiles
 * @param outliers the figures far from the other states' (see {@link Outlier}), empty
 * when none is
 */
public record StateStatistics(UsState state, String areaTitle, OptionalDouble employment, OptionalDouble jobsPer1000,
		OptionalDouble locationQuotient, OptionalDouble hourlyMean, OptionalDouble annualMean, OptionalDouble annualP10,
		OptionalDouble annualP25, OptionalDouble annualMedian, OptionalDouble annualP75, OptionalDouble annualP90,
		OptionalInt medianRank, OptionalDouble medianVsNational, OptionalDouble medianVsNationalPercent,
		OptionalDouble meanVsNational, OptionalDouble interquartileRange, OptionalDouble p90ToP10Ratio,
		Reliability reliability, Optional<WageModel> model, Optional<WageDistribution> distribution,
		List<Outlier> outliers) {

	public StateStatistics {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(areaTitle, "areaTitle");
		Objects.requireNonNull(employment, "employment");
		Objects.requireNonNull(jobsPer1000, "jobsPer1000");
		Objects.requireNonNull(locationQuotient, "locationQuotient");
		Objects.requireNonNull(hourlyMean, "hourlyMean");
		Objects.requireNonNull(annualMean, "annualMean");
		Objects.requireNonNull(annualP10, "annualP10");
		Objects.requireNonNull(annualP25, "annualP25");
		Objects.requireNonNull(annualMedian, "annualMedian");
		Objects.requireNonNull(annualP75, "annualP75");
		Objects.requireNonNull(annualP90, "annualP90");
		Objects.requireNonNull(medianRank, "medianRank");
		Objects.requireNonNull(medianVsNational, "medianVsNational");
		Objects.requireNonNull(medianVsNationalPercent, "medianVsNationalPercent");
		Objects.requireNonNull(meanVsNational, "meanVsNational");
		Objects.requireNonNull(interquartileRange, "interquartileRange");
		Objects.requireNonNull(p90ToP10Ratio, "p90ToP10Ratio");
		Objects.requireNonNull(reliability, "reliability");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(distribution, "distribution");
		outliers = List.copyOf(outliers);
		if (medianRank.isPresent() && medianRank.getAsInt() < 1) {
			throw new IllegalArgumentException("A rank starts at 1, not " + medianRank.getAsInt());
		}
	}

	/**
	 * A published figure by measure.
	 * @param measure the figure
	 * @return its number, empty when missing or top-coded
	 */
	public OptionalDouble value(Measure measure) {
		return switch (measure) {
			case EMPLOYMENT -> this.employment;
			case JOBS_PER_1000 -> this.jobsPer1000;
			case LOCATION_QUOTIENT -> this.locationQuotient;
			case HOURLY_MEAN -> this.hourlyMean;
			case ANNUAL_MEAN -> this.annualMean;
			case ANNUAL_P10 -> this.annualP10;
			case ANNUAL_P25 -> this.annualP25;
			case ANNUAL_MEDIAN -> this.annualMedian;
			case ANNUAL_P75 -> this.annualP75;
			case ANNUAL_P90 -> this.annualP90;
		};
	}

	/**
	 * Whether a figure is far from the other states'.
	 * @param measure the figure
	 * @return the outlier, empty when the figure is not one
	 */
	public Optional<Outlier> outlier(Measure measure) {
		return this.outliers.stream().filter((o) -> o.measure() == measure).findFirst();
	}

	StateStatistics withOutliers(List<Outlier> found) {
		return new StateStatistics(this.state, this.areaTitle, this.employment, this.jobsPer1000, this.locationQuotient,
				this.hourlyMean, this.annualMean, this.annualP10, this.annualP25, this.annualMedian, this.annualP75,
				this.annualP90, this.medianRank, this.medianVsNational, this.medianVsNationalPercent,
				this.meanVsNational, this.interquartileRange, this.p90ToP10Ratio, this.reliability, this.model,
				this.distribution, found);
	}

}
