package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for every visit, checked over a thousand seeded random visits.
 */
class UnitPropertyTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final String[] TIMED = { "97110", "97112", "97116", "97140", "97530", "97035", "97124", "97032" };

	private static final String[] UNTIMED = { "97010", "97012", "G0283", "97150", "97161" };

	/** Visits tried per property; the seed is fixed so a failure can be replayed. */
	private static final int TRIES = 1000;

	private static final long SEED = Long.getLong("tactus.property.seed", 20261127L);

	/**
	 * Random visits: one to six services, five timed (0 to 90 minutes) for each untimed
	 * one.
	 * @return the visits
	 */
	static Stream<List<ServiceLine>> visits() {
		Random random = new Random(SEED);
		return IntStream.range(0, TRIES).mapToObj((i) -> {
			int size = 1 + random.nextInt(6);
			List<ServiceLine> visit = new ArrayList<>(size);
			for (int j = 0; j < size; j++) {
				visit.add((random.nextInt(6) < 5)
						? ServiceLine.of(TIMED[random.nextInt(TIMED.length)], random.nextInt(91))
						: ServiceLine.untimed(UNTIMED[random.nextInt(UNTIMED.length)]));
			}
			return visit;
		});
	}

	@ParameterizedTest
	@MethodSource("visits")
	void cmsTotalAlwaysEqualsTheChartForThePooledMinutes(List<ServiceLine> visit) {
		UnitResult result = ENGINE.units(visit, UnitRule.CMS);
		int pooled = 0;
		for (ServiceLine line : visit) {
			if (ENGINE.catalog().find(line.code()).orElseThrow().isTimed()) {
				pooled += line.minutes().getAsInt();
			}
		}
		int chart = (pooled < 8) ? 0 : (pooled + 7) / 15;
		assertThat(result.timedMinutes()).isEqualTo(pooled);
		assertThat(result.timedUnits()).isEqualTo(chart);
		assertThat(result.lines().stream().mapToInt(LineUnits::units).sum()).isEqualTo(result.totalUnits());
	}

	@ParameterizedTest
	@MethodSource("visits")
	void noCodeLosesAFullFifteenMinuteBlock(List<ServiceLine> visit) {
		UnitResult result = ENGINE.units(visit, UnitRule.CMS);
		for (int i = 0; i < result.entryCount(); i++) {
			if (result.isTimed(i)) {
				int full = result.minutes(i) / 15;
				assertThat(result.units(i)).isBetween(full, full + 1);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("visits")
	void amaNeverPools(List<ServiceLine> visit) {
		UnitResult result = ENGINE.units(visit, UnitRule.AMA);
		for (LineUnits line : result.lines()) {
			if (ENGINE.catalog().find(line.code()).orElseThrow().isTimed()) {
				List<ServiceLine> alone = new ArrayList<>();
				for (int position : line.lines()) {
					alone.add(visit.get(position));
				}
				assertThat(line.units()).isEqualTo(ENGINE.units(alone, UnitRule.AMA).totalUnits());
				int minutes = line.minutes().getAsInt();
				assertThat(line.units()).isEqualTo((minutes < 8) ? 0 : (minutes + 7) / 15);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("visits")
	void bothRulesAgreeOnASingleTimedCode(List<ServiceLine> visit) {
		ServiceLine first = visit.get(0);
		if (ENGINE.catalog().find(first.code()).orElseThrow().isTimed()) {
			UnitComparison comparison = ENGINE.compareUnits(List.of(first));
			assertThat(comparison.difference()).isZero();
		}
	}

	@ParameterizedTest
	@MethodSource("visits")
	void explanationIsAlwaysAvailable(List<ServiceLine> visit) {
		UnitComparison comparison = ENGINE.compareUnits(visit);
		for (UnitResult result : List.of(comparison.cms(), comparison.ama())) {
			assertThat(result.explanation()).first().isEqualTo(new UnitStep.RuleIntro(result.rule()));
			assertThat(result.explanation()).last()
				.isEqualTo(new UnitStep.Total(result.timedUnits(), result.untimedUnits()));
		}
		assertThat(comparison.cms().lines())
			.allSatisfy((line) -> assertThat(line.reason().units()).isEqualTo(line.units()));
	}

}
