package io.tactus.reports.statistics;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WageModelTests {

	/** Standard normal quantile of 0.90 (and minus that of 0.10). */
	private static final double Z90 = 1.2815515655446004;

	/** Standard normal quantile of 0.75 (and minus that of 0.25). */
	private static final double Z75 = 0.6744897501960817;

	private static Percentiles exactLogNormal(double median, double sigma) {
		return new Percentiles(Figure.of(median * Math.exp(-sigma * Z90)), Figure.of(median * Math.exp(-sigma * Z75)),
				Figure.of(median), Figure.of(median * Math.exp(sigma * Z75)),
				Figure.of(median * Math.exp(sigma * Z90)));
	}

	@Test
	void recoversTheParametersOfAnExactLogNormal() {
		WageModel model = WageModel.fit(exactLogNormal(50_000, 0.5)).orElseThrow();

		// ln(wage) = ln(50,000) + 0.5 z exactly: intercept ln(50,000) = 10.819778, slope
		// 0.5
		assertThat(model.mu()).isCloseTo(Math.log(50_000), within(1e-9));
		assertThat(model.sigma()).isCloseTo(0.5, within(1e-9));
		assertThat(model.rSquared()).isCloseTo(1, within(1e-12));
		assertThat(model.isGoodFit()).isTrue();
		assertThat(model.percentilesUsed()).isEqualTo(5);
		assertThat(model.median()).isCloseTo(50_000, within(1e-6));
	}

	@Test
	void answersTheShareEarningAtLeastAWage() {
		WageModel model = WageModel.fit(exactLogNormal(50_000, 0.5)).orElseThrow();

		// at the median: 1 - Phi(0) = 0.5; at 50,000 x e^0.5: 1 - Phi(1) = 0.158655
		assertThat(model.shareEarningAtLeast(50_000)).isCloseTo(0.5, within(1e-9));
		assertThat(model.shareEarningAtLeast(50_000 * Math.exp(0.5))).isCloseTo(0.158655, within(1e-6));
		assertThat(model.shareEarningAtLeast(0)).isEqualTo(1);
	}

	@Test
	void answersThePercentileOfAWage() {
		WageModel model = WageModel.fit(exactLogNormal(50_000, 0.5)).orElseThrow();

		// 50,000 x e^(0.5 x -1.28155) is the 10th percentile by construction
		assertThat(model.percentileOf(50_000 * Math.exp(-0.5 * Z90))).isCloseTo(10, within(1e-6));
		assertThat(model.percentileOf(50_000 * Math.exp(0.5))).isCloseTo(84.134475, within(1e-6));
		assertThat(model.wageAtPercentile(90)).isCloseTo(50_000 * Math.exp(0.5 * Z90), within(1e-6));
		assertThatIllegalArgumentException().isThrownBy(() -> model.wageAtPercentile(100));
	}

	@Test
	void fitsThreePercentilesLeavingOutMissingAndTopCodedOnes() {
		Percentiles annual = new Percentiles(Figure.of(20_000), Figure.blank(), Figure.of(40_000), Rows.topCoded(),
				Figure.of(100_000));

		WageModel model = WageModel.fit(annual).orElseThrow();

		// points (-1.281552, ln 20,000 = 9.903488), (0, 10.596635), (1.281552, 11.512925)
		// symmetric z: mu = mean ln = ln(8e13) / 3 = 10.671016
		// sigma = ln(100,000 / 20,000) / (2 x 1.281552) = 1.609438 / 2.563103 = 0.627926
		// residuals -> SSE 0.008299; SST 1.303443; R^2 = 1 - 0.008299 / 1.303443 =
		// 0.993633
		assertThat(model.mu()).isCloseTo(10.671016, within(1e-6));
		assertThat(model.sigma()).isCloseTo(0.627926, within(1e-6));
		assertThat(model.rSquared()).isCloseTo(0.993633, within(1e-6));
		assertThat(model.percentilesUsed()).isEqualTo(3);
		assertThat(model.percentilesLeftOut()).containsExactly(Measure.ANNUAL_P25, Measure.ANNUAL_P75);
	}

	@Test
	void needsAtLeastThreeKnownPercentiles() {
		Percentiles two = new Percentiles(Figure.of(20_000), Figure.blank(), Figure.of(40_000), Rows.topCoded(),
				Rows.topCoded());

		assertThat(WageModel.fit(two)).isEmpty();
		assertThat(WageModel.fit(Percentiles.blank())).isEmpty();
	}

	@Test
	void fitsNoModelToFlatPercentiles() {
		Figure same = Figure.of(30_000);

		assertThat(WageModel.fit(new Percentiles(same, same, same, same, same))).isEqualTo(Optional.empty());
	}

	@Test
	void attachesTheModelToEachState() {
		StateStatistics state = WageStatistics
			.compute(List.of(Rows.state(UsState.WA).percentiles(61_850, 75_570, 87_360, 97_550, 115_800).build()), 2025,
					ReferenceData.none(WageStatistics.MASSAGE_THERAPISTS))
			.states()
			.get(0);

		assertThat(state.model()).hasValueSatisfying((m) -> assertThat(m.rSquared()).isBetween(0.9, 1.0));
		assertThat(WageModel.LABEL).contains("Model");
	}

}
