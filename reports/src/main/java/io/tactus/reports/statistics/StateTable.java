package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

/**
 * Turns the state rows of one occupation into {@link StateStatistics}: figures, rank by
 * median, difference from the nation, pay spread, reliability and wage model.
 */
final class StateTable {

	/** Order of the state list: by rank, unranked last, then by name. */
	static final Comparator<StateStatistics> BY_RANK = Comparator
		.comparingInt((StateStatistics s) -> s.medianRank().orElse(Integer.MAX_VALUE))
		.thenComparing((s) -> s.state().title());

	private StateTable() {
	}

	static Optional<NationalFigures> national(StateRows rows) {
		return rows.national()
			.map((row) -> new NationalFigures(row.areaTitle(), value(row.employment()), value(row.hourlyMean()),
					value(row.annualMean()), value(row.annual().p10()), value(row.annual().p25()),
					value(row.annual().median()), value(row.annual().p75()), value(row.annual().p90())));
	}

	static List<StateStatistics> build(StateRows rows, Optional<NationalFigures> national, ReliabilityRules rules) {
		Map<UsState, Double> medians = new EnumMap<>(UsState.class);
		rows.states().forEach((state, row) -> row.annual().median().value().ifPresent((m) -> medians.put(state, m)));
		Map<UsState, Integer> ranks = Ranking.descending(medians);
		OptionalDouble nationalMedian = national.map(NationalFigures::annualMedian).orElse(OptionalDouble.empty());
		OptionalDouble nationalMean = national.map(NationalFigures::annualMean).orElse(OptionalDouble.empty());
		List<StateStatistics> states = new ArrayList<>();
		rows.states().forEach((state, row) -> {
			OptionalDouble median = value(row.annual().median());
			OptionalDouble mean = value(row.annualMean());
			OptionalDouble p10 = value(row.annual().p10());
			OptionalDouble p25 = value(row.annual().p25());
			OptionalDouble p75 = value(row.annual().p75());
			OptionalDouble p90 = value(row.annual().p90());
			Integer rank = ranks.get(state);
			Optional<WageModel> model = WageModel.fit(row.annual());
			states.add(new StateStatistics(state, row.areaTitle(), value(row.employment()), value(row.jobsPer1000()),
					value(row.locationQuotient()), value(row.hourlyMean()), mean, p10, p25, median, p75, p90,
					(rank != null) ? OptionalInt.of(rank) : OptionalInt.empty(), difference(median, nationalMedian),
					percentDifference(median, nationalMedian), difference(mean, nationalMean), difference(p75, p25),
					ratio(p90, p10), reliability(row, rules), model, WageDistribution.of(row.annual(), model),
					List.of()));
		});
		states.sort(BY_RANK);
		Map<UsState, List<Outlier>> outliers = Outlier.find(states);
		return states.stream().map((s) -> s.withOutliers(outliers.getOrDefault(s.state(), List.of()))).toList();
	}

	static Reliability reliability(WageRow row, ReliabilityRules rules) {
		Map<Measure, FigureState> unavailable = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			Figure figure = measure.of(row);
			if (!figure.isKnown()) {
				unavailable.put(measure, figure.state());
			}
		}
		List<ThinSample> thin = new ArrayList<>();
		if (above(row.employmentRse(), rules.maxRelativeStandardError())) {
			thin.add(ThinSample.EMPLOYMENT_ERROR_HIGH);
		}
		if (above(row.meanRse(), rules.maxRelativeStandardError())) {
			thin.add(ThinSample.MEAN_WAGE_ERROR_HIGH);
		}
		if (row.employment().isKnown() && row.employment().value().getAsDouble() < rules.minEmployment()) {
			thin.add(ThinSample.FEW_JOBS);
		}
		if (equal(row.annual().p10(), row.annual().p25()) || equal(row.annual().p75(), row.annual().p90())) {
			thin.add(ThinSample.COLLAPSED_PERCENTILES);
		}
		return new Reliability(unavailable, thin);
	}

	private static boolean above(Figure figure, double threshold) {
		return figure.isKnown() && figure.value().getAsDouble() > threshold;
	}

	private static boolean equal(Figure a, Figure b) {
		return a.isKnown() && b.isKnown() && a.value().getAsDouble() == b.value().getAsDouble();
	}

	static OptionalDouble value(Figure figure) {
		return figure.value();
	}

	static OptionalDouble difference(OptionalDouble a, OptionalDouble b) {
		return (a.isPresent() && b.isPresent()) ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
				: OptionalDouble.empty();
	}

	static OptionalDouble percentDifference(OptionalDouble value, OptionalDouble base) {
		if (value.isEmpty() || base.isEmpty() || base.getAsDouble() == 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((value.getAsDouble() - base.getAsDouble()) / base.getAsDouble() * 100);
	}

	static OptionalDouble ratio(OptionalDouble numerator, OptionalDouble denominator) {
		if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() <= 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
	}

}
