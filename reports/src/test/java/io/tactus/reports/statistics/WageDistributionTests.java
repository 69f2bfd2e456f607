package io.tactus.reports.statistics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.tactus.reports.oews.BundledOewsData;
import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.OewsFileException;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.ReferenceData;
import io.tactus.reports.statistics.WageDistribution.Method;
import io.tactus.reports.statistics.WageDistribution.Share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WageDistributionTests {

	private static final List<Measure> PERCENTILES = List.of(Measure.ANNUAL_P10, Measure.ANNUAL_P25,
			Measure.ANNUAL_MEDIAN, Measure.ANNUAL_P75, Measure.ANNUAL_P90);

	private static final List<Double> LEVELS = List.of(10.0, 25.0, 50.0, 75.0, 90.0);

	@Test
	void agreesWithEveryPublishedPercentileOfEveryStateOfEveryBundledYearHourlyAndAnnual() throws Exception {
		int checked = 0;
		for (BundledOewsData.Dataset dataset : BundledOewsData.datasets()) {
			StateComparison comparison = WageStatistics.compute(read(dataset), dataset.year(), ReferenceData.load());
			for (StateStatistics state : comparison.states()) {
				List<Double> published = new ArrayList<>();
				PERCENTILES
					.forEach((m) -> published.add(state.value(m).isPresent() ? state.value(m).getAsDouble() : null));
				long known = published.stream().filter((w) -> w != null).count();
				assertThat(state.distribution().isPresent()).as(state.state().title()).isEqualTo(known >= 2);
				if (state.distribution().isEmpty()) {
					continue;
				}
				WageDistribution distribution = state.distribution().get();
				for (int i = 0; i < published.size(); i++) {
					Double wage = published.get(i);
					if (wage == null) {
						continue;
					}
					// Tied neighbours (a thin sample): all of them earn at least the
					// wage,
					// so the share is 100 minus the lowest tied level.
					int lowest = published.indexOf(wage);
					double expected = 100 - LEVELS.get(lowest);
					String what = dataset.year() + " " + state.state().title() + " P" + LEVELS.get(i);
					Share annual = distribution.shareEarningAtLeast(wage).orElseThrow();
					assertThat(annual.percent()).as(what).isEqualTo(expected);
					assertThat(annual.method()).as(what).isEqualTo(Method.PUBLISHED);
					Share hourly = distribution.shareEarningAtLeastHourly(wage / 2080).orElseThrow();
					assertThat(hourly.percent()).as(what + " hourly").isEqualTo(expected);
					checked++;
				}
			}
		}
		// May 2025: 51 areas with five percentiles (Vermont has none); 2019 and 2023 have
		// no percentiles
		assertThat(checked).isEqualTo(51 * 5);
	}

	@Test
	void neverContradictsAPublishedPercentileBetweenThem() throws Exception {
		for (BundledOewsData.Dataset dataset : BundledOewsData.datasets()) {
			StateComparison comparison = WageStatistics.compute(read(dataset), dataset.year(), ReferenceData.load());
			for (StateStatistics state : comparison.states()) {
				if (state.distribution().isEmpty()) {
					continue;
				}
				WageDistribution distribution = state.distribution().get();
				double previous = 100;
				for (double wage = 1_000; wage <= 400_000; wage *= 1.01) {
					Share share = distribution.shareEarningAtLeast(wage).orElseThrow();
					assertThat(share.percent()).as(state.state().title() + " at " + wage).isLessThanOrEqualTo(previous);
					for (int i = 0; i < PERCENTILES.size(); i++) {
						OptionalDouble p = state.value(PERCENTILES.get(i));
						if (p.isPresent() && wage > p.getAsDouble()) {
							assertThat(share.percent()).isLessThanOrEqualTo(100 - LEVELS.get(i));
						}
						if (p.isPresent() && wage < p.getAsDouble()) {
							assertThat(share.percent()).isGreaterThanOrEqualTo(100 - LEVELS.get(i));
						}
					}
					assertThat(share.method().isModel())
						.isEqualTo(wage < distribution.lowestPublished() || wage > distribution.highestPublished());
					previous = share.percent();
				}
			}
		}
	}

	@Test
	void answersAlaskaFromItsPublishedPercentilesNotTheCurve() throws Exception {
		StateStatistics alaska = may2025().state(UsState.AK).orElseThrow();

		// P10 $34,140, P25 $104,000: ln-linear between them,
		// p = 10 + 15 x 1.074655 / 1.113942 = 24.471856
		Share share = alaska.distribution().orElseThrow().shareEarningAtLeast(100_000).orElseThrow();
		assertThat(share.percent()).isCloseTo(75.528144, within(1e-6));
		assertThat(share.method()).isEqualTo(Method.INTERPOLATED);
		// the log-normal curve alone said about half
		assertThat(100 * alaska.model().orElseThrow().shareEarningAtLeast(100_000)).isLessThan(60);
	}

	@Test
	void joinsTheCurvesTailToTheHighestAndLowestPublishedPercentile() {
		Percentiles annual = new Percentiles(Figure.of(30_000), Figure.of(40_000), Figure.of(50_000), Figure.of(65_000),
				Figure.of(80_000));
		WageModel model = WageModel.fit(annual).orElseThrow();
		WageDistribution distribution = WageDistribution.of(annual, Optional.of(model)).orElseThrow();

		// above P90: 10 x S(x) / S(80,000); below P10: 100 - 10 x F(x) / F(30,000)
		Share above = distribution.shareEarningAtLeast(100_000).orElseThrow();
		assertThat(above.method()).isEqualTo(Method.MODEL_ABOVE);
		assertThat(above.percent())
			.isCloseTo(10 * model.shareEarningAtLeast(100_000) / model.shareEarningAtLeast(80_000), within(1e-9));
		assertThat(above.percent()).isLessThan(10);
		Share below = distribution.shareEarningAtLeast(20_000).orElseThrow();
		assertThat(below.method()).isEqualTo(Method.MODEL_BELOW);
		assertThat(below.percent()).isCloseTo(
				100 - 10 * (1 - model.shareEarningAtLeast(20_000)) / (1 - model.shareEarningAtLeast(30_000)),
				within(1e-9));
		assertThat(below.percent()).isGreaterThan(90);
		assertThat(distribution.shareEarningAtLeast(80_000.01).orElseThrow().percent()).isCloseTo(10, within(1e-3));
	}

	@Test
	void joinsTheNeighboursOfAMissingPercentileAndUsesTheCurveBeyondATopCodedOne() {
		Percentiles annual = new Percentiles(Figure.of(60_000), Figure.blank(), Figure.of(150_000), Figure.of(210_000),
				Rows.topCoded());
		WageDistribution distribution = WageDistribution.of(annual, WageModel.fit(annual)).orElseThrow();

		assertThat(distribution.topCoded()).containsExactly(Measure.ANNUAL_P90);
		assertThat(distribution.missing()).containsExactly(Measure.ANNUAL_P25);
		// between P10 and the median: p = 10 + 40 x ln(100,000 / 60,000) / ln(150,000 /
		// 60,000) = 10 + 40 x 0.510826 / 0.916291 = 32.299718
		assertThat(distribution.shareEarningAtLeast(100_000).orElseThrow().percent()).isCloseTo(67.700282,
				within(1e-6));
		Share beyond = distribution.shareEarningAtLeast(240_000).orElseThrow();
		assertThat(beyond.method()).isEqualTo(Method.MODEL_ABOVE);
		assertThat(beyond.percent()).isLessThan(25);
	}

	@Test
	void answersOnlyBetweenThePublishedPercentilesWithoutACurve() {
		Percentiles annual = new Percentiles(Figure.of(30_000), Figure.blank(), Figure.of(50_000), Figure.blank(),
				Figure.blank());
		WageDistribution distribution = WageDistribution.of(annual, WageModel.fit(annual)).orElseThrow();

		assertThat(distribution.model()).isEmpty();
		assertThat(distribution.shareEarningAtLeast(40_000)).isPresent();
		assertThat(distribution.shareEarningAtLeast(60_000)).isEmpty();
		assertThat(WageDistribution.of(Percentiles.blank(), Optional.empty())).isEmpty();
	}

	static StateComparison may2025() throws IOException, OewsFileException {
		BundledOewsData.Dataset dataset = BundledOewsData.datasets()
			.stream()
			.filter((d) -> d.year() == 2025)
			.findFirst()
			.orElseThrow();
		return WageStatistics.compute(read(dataset), 2025, ReferenceData.load());
	}

	static List<WageRow> read(BundledOewsData.Dataset dataset) throws IOException, OewsFileException {
		List<WageRow> rows = new ArrayList<>();
		dataset.read(rows::add);
		return rows;
	}

}
