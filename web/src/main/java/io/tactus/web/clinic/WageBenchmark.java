package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.WageRow;
import io.tactus.web.datasets.Dataset;
import io.tactus.web.datasets.PublishedFigures;

import org.springframework.stereotype.Service;

/**
 * Each therapist's hourly pay against the state's OEWS percentiles of the matching
 * occupation in the published dataset. Where only annual percentiles are published, the
 * hourly figure is derived as annual / 2080 (and said so).
 */
@Service
class WageBenchmark {

	static final Map<ProviderType, String> OCCUPATIONS = Map.of(ProviderType.LMT, "31-9011", ProviderType.PT, "29-1123",
			ProviderType.PTA, "31-2021", ProviderType.OT, "29-1122", ProviderType.OTA, "31-2011", ProviderType.DC,
			"29-1011");

	private static final BigDecimal HOURS_PER_YEAR = new BigDecimal("2080");

	private final PublishedFigures figures;

	WageBenchmark(PublishedFigures figures) {
		this.figures = figures;
	}

	/**
	 * One therapist's comparison.
	 *
	 * @param therapist the therapist
	 * @param occupation the SOC code
	 * @param state the state compared with, when known
	 * @param outcome {@code compared}, {@code noPay}, {@code noState}, {@code noData}
	 * @param percentiles hourly p10, p25, median, p75, p90 (empty when not compared)
	 * @param derived whether the hourly figures were derived from annual ones
	 * @param position the message key of where the pay falls
	 */
	record Comparison(Therapist therapist, String occupation, Optional<String> state, String outcome,
			List<BigDecimal> percentiles, boolean derived, String position) {
	}

	/**
	 * The source of the comparison.
	 *
	 * @param dataset the published dataset, when there is one
	 * @param comparisons one per therapist
	 */
	record Benchmark(Optional<Dataset> dataset, List<Comparison> comparisons) {
	}

	Benchmark compare(List<Therapist> therapists, Optional<String> clinicState) {
		Optional<Dataset> dataset = this.figures.published();
		List<WageRow> stateRows = dataset.map((d) -> this.figures.stateAndNationalRows(d.id())).orElse(List.of());
		List<Comparison> result = new ArrayList<>();
		for (Therapist therapist : therapists) {
			String occupation = OCCUPATIONS.get(therapist.type());
			Optional<String> state = therapist.state().or(() -> clinicState);
			if (state.isEmpty()) {
				result.add(new Comparison(therapist, occupation, state, "noState", List.of(), false, ""));
				continue;
			}
			Optional<WageRow> row = stateRows.stream()
				.filter((r) -> r.isStateTotal() && r.primState().equals(state.get())
						&& r.occupationCode().equals(occupation))
				.findFirst();
			if (row.isEmpty()) {
				result.add(new Comparison(therapist, occupation, state, "noData", List.of(), false, ""));
				continue;
			}
			boolean derived = !row.get().hourly().median().isKnown();
			List<BigDecimal> percentiles = new ArrayList<>();
			List<Figure> figures = derived ? row.get().annual().asList() : row.get().hourly().asList();
			for (Figure figure : figures) {
				OptionalDouble value = figure.value();
				if (value.isEmpty()) {
					percentiles.add(null);
				}
				else {
					BigDecimal number = BigDecimal.valueOf(value.getAsDouble());
					percentiles.add((derived ? Money.ofQuotient(number, HOURS_PER_YEAR) : Money.of(number)).amount());
				}
			}
			if (therapist.hourlyPay().isEmpty()) {
				result.add(new Comparison(therapist, occupation, state, "noPay", percentiles, derived, ""));
				continue;
			}
			result.add(new Comparison(therapist, occupation, state, "compared", percentiles, derived,
					position(therapist.hourlyPay().get(), percentiles)));
		}
		return new Benchmark(dataset, result);
	}

	private static String position(BigDecimal pay, List<BigDecimal> percentiles) {
		String[] keys = { "clinic.wages.below10", "clinic.wages.p10to25", "clinic.wages.p25to50",
				"clinic.wages.p50to75", "clinic.wages.p75to90" };
		for (int i = 0; i < percentiles.size(); i++) {
			BigDecimal level = percentiles.get(i);
			if (level != null && pay.compareTo(level) < 0) {
				return keys[i];
			}
		}
		return "clinic.wages.above90";
	}

}
