package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class UnitPropertyTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final String[] TIMED = { "97110", "97112", "97116", "97140", "97530", "97035", "97124", "97032" };

	private static final String[] UNTIMED = { "97010", "97012", "G0283", "97150", "97161" };

	@Provide
	Arbitrary<List<ServiceLine>> visits() {
		Arbitrary<ServiceLine> timed = Combinators.combine(Arbitraries.of(TIMED), Arbitraries.integers().between(0, 90))
			.as(ServiceLine::of);
		Arbitrary<ServiceLine> untimed = Arbitraries.of(UNTIMED).map(ServiceLine::untimed);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, timed), net.jqwik.api.Tuple.of(1, untimed))
			.list()
			.ofMinSize(1)
			.ofMaxSize(6);
	}

	@Property
	void cmsTotalAlwaysEqualsTheChartForThePooledMinutes(@ForAll("visits") List<ServiceLine> visit) {
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

	@Property
	void noCodeLosesAFullFifteenMinuteBlock(@ForAll("visits") List<ServiceLine> visit) {
		UnitResult result = ENGINE.units(visit, UnitRule.CMS);
		for (int i = 0; i < result.entryCount(); i++) {
			if (result.isTimed(i)) {
				int full = result.minutes(i) / 15;
				assertThat(result.units(i)).isBetween(full, full + 1);
			}
		}
	}

	@Property
	void amaNeverPools(@ForAll("visits") List<ServiceLine> visit) {
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

	@Property
	void bothRulesAgreeOnASingleTimedCode(@ForAll("visits") List<ServiceLine> visit) {
		ServiceLine first = visit.get(0);
		if (ENGINE.catalog().find(first.code()).orElseThrow().isTimed()) {
			UnitComparison comparison = ENGINE.compareUnits(List.of(first));
			assertThat(comparison.difference()).isZero();
		}
	}

	@Property
	void explanationIsAlwaysAvailable(@ForAll("visits") List<ServiceLine> visit) {
		UnitComparison comparison = ENGINE.compareUnits(visit);
		assertThat(comparison.cms().explanation()).isNotEmpty();
		assertThat(comparison.ama().explanation()).isNotEmpty();
		assertThat(comparison.cms().lines()).allSatisfy((line) -> assertThat(line.reason()).isNotBlank());
	}

}
