package io.tactus.reports.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;

/**
 * The states that have every figure a statistic needs, their values, and the states left
 * out with the reasons.
 */
final class Sample {

	private final List<UsState> states;

	private final double[][] columns;

	private final List<LeftOut> leftOut;

	private Sample(List<UsState> states, double[][] columns, List<LeftOut> leftOut) {
		this.states = states;
		this.columns = columns;
		this.leftOut = leftOut;
	}

	static Sample of(List<StateStatistics> all, Measure... measures) {
		List<UsState> states = new ArrayList<>();
		List<double[]> rows = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		for (StateStatistics state : all) {
			Map<Measure, FigureState> reasons = new EnumMap<>(Measure.class);
			double[] row = new double[measures.length];
			for (int i = 0; i < measures.length; i++) {
				Measure measure = measures[i];
				if (state.value(measure).isPresent()) {
					row[i] = state.value(measure).getAsDouble();
				}
				else {
					reasons.put(measure, state.reliability().reason(measure).orElse(FigureState.BLANK));
				}
			}
			if (reasons.isEmpty()) {
				states.add(state.state());
				rows.add(row);
			}
			else {
				leftOut.add(new LeftOut(state.state(), reasons));
			}
		}
		double[][] columns = new double[measures.length][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < measures.length; c++) {
				columns[c][r] = rows.get(r)[c];
			}
		}
		return new Sample(List.copyOf(states), columns, List.copyOf(leftOut));
	}

	int size() {
		return this.states.size();
	}

	List<UsState> states() {
		return this.states;
	}

	double[] column(int index) {
		return this.columns[index].clone();
	}

	List<LeftOut> leftOut() {
		return this.leftOut;
	}

}
