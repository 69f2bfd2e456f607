package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.statistics.CostOfLivingRow;
import io.tactus.reports.statistics.DemandScore;
import io.tactus.reports.statistics.LeftOut;
import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.Outlier;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StateStatistics;
import io.tactus.reports.statistics.Statistic;
import io.tactus.reports.statistics.Summary;
import io.tactus.reports.statistics.ThinSample;
import io.tactus.reports.statistics.WageModel;

/**
 * The JSON of the wages API. Unknown figures are {@code null}; numbers are at full
 * precision.
 */
final class WageJson {

	/** Where the figures come from and what they leave out, for a survey year. */
	private static final String SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
			+ "Statistics, May %d; excludes the self-employed and tips; annual = hourly × 2,080 (full-time)";

	private WageJson() {
	}

	private static final String OUTLIER_REASON = "Far from the other states: the published %s of %s is %s robust standard "
			+ "deviations (scaled median absolute deviations) %s the middle state's %s (%s). Read it with care.";

	private static final String PARTIAL = "The May %d dataset has figures for only %d of the 50 states and the "
			+ "District of Columbia; the others are missing from it (not zero), so ranks, quartiles and statistics "
			+ "are among these %d only.";

	private static final String UNPUBLISHED = "Not published for any state in May %d: %s.";

	static String source(int year) {
		return SOURCE.formatted(year);
	}

	static OccupationJson occupation(Selection selection, StateComparison comparison) {
		String title = comparison.occupationTitle().isEmpty() ? selection.occupation().title()
				: comparison.occupationTitle();
		return new OccupationJson(selection.occupation().code(), title);
	}

	static DatasetJson dataset(Selection selection) {
		return new DatasetJson(selection.dataset().id(), selection.year(), selection.dataset().status().name());
	}

	static StateJson state(StateStatistics s, StateComparison comparison) {
		CostOfLivingRow cost = comparison.costOfLiving().forState(s.state()).orElse(null);
		DemandScore demand = comparison.demand().forState(s.state()).orElse(null);
		WageModel model = s.model().orElse(null);
		return new StateJson(s.state().postalCode(), s.state().title(), s.areaTitle(), value(s.employment()),
				value(s.jobsPer1000()), value(s.locationQuotient()), value(s.hourlyMean()), value(s.annualMean()),
				value(s.annualP10()), value(s.annualP25()), value(s.annualMedian()), value(s.annualP75()),
				value(s.annualP90()), value(s.medianRank()), value(s.medianVsNational()),
				value(s.medianVsNationalPercent()), value(s.meanVsNational()), value(s.interquartileRange()),
				value(s.p90ToP10Ratio()), value(comparison.mapQuartiles().classOf(s.state())),
				(demand != null) ? value(demand.score()) : null, (demand != null) ? value(demand.rank()) : null,
				(cost != null) ? value(cost.rpp()) : null, (cost != null) ? value(cost.adjustedMedian()) : null,
				(cost != null) ? value(cost.adjustedMean()) : null, (cost != null) ? value(cost.rawRank()) : null,
				(cost != null) ? value(cost.adjustedRank()) : null, s.reliability().topCoded(),
				s.reliability().missing(), s.reliability().thinSample(),
				(model != null) ? new ModelJson(model.mu(), model.sigma(), model.rSquared(), model.percentilesUsed(),
						model.isGoodFit()) : null,
				(demand != null) ? demand.componentsUsed() : null, (demand != null) ? demand.componentsTotal() : null,
				(demand != null && demand.rank().isPresent()) ? demand.rankedAmong() : null,
				s.outliers().stream().map(WageJson::outlier).toList());
	}

	private static OutlierJson outlier(Outlier outlier) {
		OutlierNote note = OutlierNote.of(outlier);
		String figure = (outlier.measure() == Measure.ANNUAL_MEDIAN) ? "median" : "mean";
		String reason = OUTLIER_REASON.formatted(figure, note.value(), note.distance(),
				outlier.above() ? "above" : "below", figure, note.center());
		return new OutlierJson(outlier.measure(), outlier.value(), outlier.center(), outlier.scaledMad(),
				outlier.distance(), reason);
	}

	/**
	 * Notes on the dataset as a whole: whether it covers only some states, and which
	 * figures it does not publish at all.
	 * @param selection the dataset
	 * @param comparison its comparison
	 * @return the notes, in English, empty when there is nothing to say
	 */
	static List<String> notes(Selection selection, StateComparison comparison) {
		List<String> notes = new ArrayList<>();
		Coverage coverage = Coverage.of(comparison);
		if (coverage.isPartial()) {
			notes.add(PARTIAL.formatted(selection.year(), coverage.covered(), coverage.covered()));
		}
		List<String> unpublished = WagesBody.METRICS.stream()
			.filter((c) -> !TableOptions.hasData(comparison, c.measure().orElseThrow()))
			.map(Column::key)
			.toList();
		if (!unpublished.isEmpty()) {
			notes.add(UNPUBLISHED.formatted(selection.year(), String.join(", ", unpublished)));
		}
		return notes;
	}

	static SummaryJson summary(StateComparison comparison) {
		Summary s = comparison.summary();
		Map<String, CountJson> counts = new LinkedHashMap<>();
		counts.put("medianOfStateMedians", count(s.medianOfMedians()));
		counts.put("meanOfStateMedians", count(s.meanOfMedians()));
		counts.put("stdDevOfStateMedians", count(s.standardDeviationOfMedians()));
		counts.put("employmentWeightedMeanAnnualWage", count(s.employmentWeightedMeanWage()));
		counts.put("pearsonMedianVsLocationQuotient", count(s.pearsonMedianVsLocationQuotient()));
		counts.put("spearmanMedianVsLocationQuotient", count(s.spearmanMedianVsLocationQuotient()));
		return new SummaryJson(comparison.states().size(), value(s.medianOfMedians().value()),
				value(s.meanOfMedians().value()), value(s.standardDeviationOfMedians().value()),
				value(s.employmentWeightedMeanWage().value()), value(s.pearsonMedianVsLocationQuotient().value()),
				value(s.spearmanMedianVsLocationQuotient().value()), counts);
	}

	private static CountJson count(Statistic statistic) {
		return new CountJson(statistic.used(), statistic.leftOut(),
				statistic.leftOutStates().stream().map(LeftOut::state).map(Enum::name).toList());
	}

	static Double value(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	static Integer value(OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}

	/**
	 * All states of a comparison.
	 *
	 * @param occupation the occupation
	 * @param dataset the dataset
	 * @param source where the figures come from and what they leave out
	 * @param states the states, by rank of annual median
	 * @param summary statistics across the states
	 * @param notes what to know about the dataset as a whole (states it lacks, figures it
	 * does not publish)
	 */
	record StatesJson(OccupationJson occupation, DatasetJson dataset, String source, List<StateJson> states,
			SummaryJson summary, List<String> notes) {
	}

	/**
	 * One state of a comparison.
	 *
	 * @param occupation the occupation
	 * @param dataset the dataset
	 * @param source where the figures come from
	 * @param state the state
	 * @param notes what to know about the dataset as a whole
	 */
	record OneStateJson(OccupationJson occupation, DatasetJson dataset, String source, StateJson state,
			List<String> notes) {
	}

	/**
	 * The occupation.
	 *
	 * @param code SOC code
	 * @param title OCC_TITLE
	 */
	record OccupationJson(String code, String title) {
	}

	/**
	 * The dataset.
	 *
	 * @param id dataset id
	 * @param year survey year (May)
	 * @param status PUBLISHED or RETIRED
	 */
	record DatasetJson(long id, int year, String status) {
	}

	/**
	 * A state's figures; {@code null} where unknown.
	 *
	 * @param code postal code
	 * @param name name
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
	 * @param rankByMedian rank by annual median (1 = highest, ties share the best rank)
	 * @param medianVsNational median minus the national median
	 * @param medianVsNationalPercent that in percent of the national median
	 * @param meanVsNational mean minus the national mean
	 * @param interquartileRange P75 − P25
	 * @param p90ToP10Ratio P90 / P10
	 * @param mapQuartile quartile class of the annual median, 1 (lowest) to 4
	 * @param demandScore demand score (weighted mean of z-scores)
	 * @param demandRank demand rank among the states scored on as many components
	 * @param rpp BEA regional price parity (U.S. = 100)
	 * @param adjustedAnnualMedian median / (rpp / 100)
	 * @param adjustedAnnualMean mean / (rpp / 100)
	 * @param rawRankAmongPriced rank by median among states with a parity
	 * @param adjustedRank rank by adjusted median among the same states
	 * @param topCoded figures top-coded by BLS
	 * @param missing figures not published
	 * @param thinSample why the sample is thin
	 * @param wageModel the log-normal model (a model, not published)
	 * @param demandComponentsUsed components the demand score is made of
	 * @param demandComponentsTotal components a demand score can be made of
	 * @param demandRankedAmong states the demand rank is among: those scored on as many
	 * components
	 * @param outliers figures far from the other states' (more than 3 scaled MADs from
	 * the median state), with the reason
	 */
	record StateJson(String code, String name, String areaTitle, Double employment, Double jobsPer1000,
			Double locationQuotient, Double hourlyMean, Double annualMean, Double annualP10, Double annualP25,
			Double annualMedian, Double annualP75, Double annualP90, Integer rankByMedian, Double medianVsNational,
			Double medianVsNationalPercent, Double meanVsNational, Double interquartileRange, Double p90ToP10Ratio,
			Integer mapQuartile, Double demandScore, Integer demandRank, Double rpp, Double adjustedAnnualMedian,
			Double adjustedAnnualMean, Integer rawRankAmongPriced, Integer adjustedRank, List<Measure> topCoded,
			List<Measure> missing, List<ThinSample> thinSample, ModelJson wageModel, Integer demandComponentsUsed,
			Integer demandComponentsTotal, Integer demandRankedAmong, List<OutlierJson> outliers) {
	}

	/**
	 * A figure far from the other states'.
	 *
	 * @param measure the figure
	 * @param value the state's figure
	 * @param center the median of the states' figures
	 * @param scaledMad the scaled median absolute deviation (× 1.4826) of the states'
	 * figures
	 * @param distance (value − center) / scaledMad
	 * @param reason the reason in words
	 */
	record OutlierJson(Measure measure, double value, double center, double scaledMad, double distance, String reason) {
	}

	/**
	 * The log-normal wage model.
	 *
	 * @param mu mean of ln(wage)
	 * @param sigma standard deviation of ln(wage)
	 * @param rSquared fit to the published percentiles
	 * @param percentilesUsed percentiles the fit used
	 * @param goodFit whether R² ≥ 0.9
	 */
	record ModelJson(double mu, double sigma, double rSquared, int percentilesUsed, boolean goodFit) {
	}

	/**
	 * Statistics across the states; {@code null} where undefined.
	 *
	 * @param stateCount states in the comparison
	 * @param medianOfStateMedians median of the state annual medians
	 * @param meanOfStateMedians mean of the state annual medians
	 * @param stdDevOfStateMedians sample standard deviation of the state medians
	 * @param employmentWeightedMeanAnnualWage Σ employment × mean / Σ employment
	 * @param pearsonMedianVsLocationQuotient Pearson's r
	 * @param spearmanMedianVsLocationQuotient Spearman's ρ
	 * @param counts per statistic the states used and left out
	 */
	record SummaryJson(int stateCount, Double medianOfStateMedians, Double meanOfStateMedians,
			Double stdDevOfStateMedians, Double employmentWeightedMeanAnnualWage,
			Double pearsonMedianVsLocationQuotient, Double spearmanMedianVsLocationQuotient,
			Map<String, CountJson> counts) {
	}

	/**
	 * The states a statistic used and left out.
	 *
	 * @param used states used
	 * @param leftOut states left out
	 * @param leftOutStates their postal codes
	 */
	record CountJson(int used, int leftOut, List<String> leftOutStates) {
	}

}
