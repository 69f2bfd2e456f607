package io.tactus.core.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.FeeSchedule;
import io.tactus.core.billing.FindingDetail;
import io.tactus.core.billing.FindingKind;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryAccumulatorTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	static SummaryVisit medicare(long id, String patient, LocalDate date, ServiceLine... lines) {
		return new SummaryVisit(id, patient, "Pat PT", "Medicare",
				VisitClaim.of(date, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(lines)));
	}

	static SummaryVisit commercial(long id, ServiceLine... lines) {
		return new SummaryVisit(id, "P-200", "Lee LMT", "Acme",
				VisitClaim.of(DAY, PayerKind.COMMERCIAL, ProviderType.LMT, List.of(lines))
					.withFeeSchedule(FeeSchedule.of("Acme", Map.of("97124", new BigDecimal("30.00")))));
	}

	@Test
	void countsVisitsUnitsAndRevenueUnderThePayersRule() {
		SummaryAccumulator accumulator = SummaryAccumulator.of(ENGINE, Period.MONTH);
		accumulator.add(medicare(1, "P-100", DAY, ServiceLine.of("97530", 15).withModifiers("GP"),
				ServiceLine.of("97110", 30).withModifiers("GP")));
		accumulator.add(commercial(2, ServiceLine.of("97124", 38)));

		ClinicSummary summary = accumulator.summary();

		assertThat(summary.total().visits()).isEqualTo(2);
		assertThat(summary.total().units()).isEqualTo(3 + 3);
		assertThat(summary.total().revenue()).isEqualTo(Money.parse("169.49"));
		assertThat(summary.total().unitsPerVisit()).isEqualByComparingTo("3.00");
		assertThat(summary.byCode()).extracting(SummaryRow::key).containsExactly("97124", "97110", "97530");
		assertThat(summary.byTherapist()).extracting(SummaryRow::key).containsExactlyInAnyOrder("Pat PT", "Lee LMT");
		assertThat(summary.series()).singleElement().satisfies((row) -> assertThat(row.key()).isEqualTo("2026-03-01"));
	}

	@Test
	void showsCmsAndAmaSideBySidePerPayer() {
		SummaryAccumulator accumulator = SummaryAccumulator.of(ENGINE, Period.WEEK);
		accumulator
			.add(commercial(1, ServiceLine.of("97124", 8), ServiceLine.of("97124", 0), ServiceLine.of("97140", 8)));
		accumulator.add(commercial(2, ServiceLine.of("97124", 52)));

		PayerRow acme = accumulator.summary().byPayer().get(0);

		assertThat(acme.rule()).isEqualTo(UnitRule.AMA);
		assertThat(acme.visits()).isEqualTo(2);
		assertThat(acme.amaUnits()).isEqualTo(2 + 3);
		assertThat(acme.cmsUnits()).isEqualTo(1 + 3);
		assertThat(acme.amaRevenue()).isEqualTo(Money.parse("120.00"));
		assertThat(acme.cmsRevenue()).isEqualTo(Money.parse("120.00"));
		assertThat(acme.appliedRevenue()).isEqualTo(Money.parse("120.00"));
	}

	@Test
	void countsFindingsWithTheirVisitsAndBillingGaps() {
		SummaryAccumulator accumulator = SummaryAccumulator.of(ENGINE, Period.MONTH);
		accumulator.add(commercial(7, ServiceLine.of("97124", 38).withBilledUnits(4)));
		accumulator.add(commercial(8, ServiceLine.of("97124", 38).withBilledUnits(1)));
		accumulator.add(commercial(9, ServiceLine.of("97124", 38).withBilledUnits(3)));

		ClinicSummary summary = accumulator.summary();

		assertThat(summary.count(FindingKind.OVERBILLED_UNITS)).isEqualTo(1);
		assertThat(summary.findings()).filteredOn((f) -> f.kind() == FindingKind.UNDERBILLED_UNITS)
			.singleElement()
			.satisfies((f) -> assertThat(f.visitIds()).containsExactly(8L));
		assertThat(summary.gaps().overVisits()).isEqualTo(1);
		assertThat(summary.gaps().overUnits()).isEqualTo(1);
		assertThat(summary.gaps().overDollars()).isEqualTo(Money.parse("30.00"));
		assertThat(summary.gaps().underUnits()).isEqualTo(2);
		assertThat(summary.gaps().underDollars()).isEqualTo(Money.parse("60.00"));
	}

	@Test
	void addsTheSameGapDollarsTheVisitShowsWithTheMultipleProcedureReduction() {
		SummaryAccumulator accumulator = SummaryAccumulator.of(ENGINE, Period.MONTH);
		VisitEvaluation visit = accumulator
			.add(medicare(1, "P-100", DAY, ServiceLine.of("97530", 15).withModifiers("GP").withBilledUnits(1),
					ServiceLine.of("97110", 23).withModifiers("GP").withBilledUnits(3)));
		Money asComputed = visit.payment().knownTotal();
		Money withThirdUnit = ENGINE
			.evaluate(medicare(2, "P-100", DAY, ServiceLine.of("97530", 15).withModifiers("GP"),
					ServiceLine.of("97110", 38).withModifiers("GP"))
				.claim())
			.payment()
			.knownTotal();

		Money gap = visit.payment().gap("97110").orElseThrow().amount().orElseThrow();
		BillingGaps summed = accumulator.summary().gaps();

		assertThat(gap).isEqualTo(withThirdUnit.minus(asComputed));
		assertThat(gap).isLessThan(visit.payment().line("97530").orElseThrow().amount().orElseThrow());
		assertThat(summed.overDollars()).isEqualTo(gap);
		assertThat(summed.overUnits()).isEqualTo(1);
		assertThat(visit.findings()).filteredOn((f) -> f.kind() == FindingKind.OVERBILLED_UNITS)
			.singleElement()
			.satisfies((f) -> assertThat(f.detail()).isInstanceOfSatisfying(FindingDetail.OverbilledUnits.class,
					(over) -> assertThat(over.gap().amount()).contains(gap)));
	}

	@Test
	void emptySummaryHasZeroTotals() {
		ClinicSummary summary = SummaryAccumulator.of(ENGINE, Period.QUARTER).summary();

		assertThat(summary.total().visits()).isZero();
		assertThat(summary.total().unitsPerVisit()).isEqualByComparingTo("0");
		assertThat(summary.findings()).isEmpty();
	}

	@Test
	void groupsDatesByPeriod() {
		LocalDate date = LocalDate.of(2026, 8, 20);
		assertThat(Period.WEEK.bucketStart(date)).isEqualTo(LocalDate.of(2026, 8, 17));
		assertThat(Period.MONTH.bucketStart(date)).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(Period.QUARTER.bucketStart(date)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(Period.parse("nonsense")).isEqualTo(Period.MONTH);
	}

}
