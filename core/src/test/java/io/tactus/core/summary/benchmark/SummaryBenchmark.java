package io.tactus.core.summary.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.FeeSchedule;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.Period;
import io.tactus.core.summary.SummaryAccumulator;
import io.tactus.core.summary.SummaryVisit;

/**
 * Summarises N generated visit lines (fixed seed; visits of 1 to 5 lines, mixed payers
 * and providers over one year) and prints the time and the heap used. Run with at most
 * 512 MB of heap, see docs/clinic.md.
 */
public final class SummaryBenchmark {

	private static final String[] TIMED = { "97110", "97112", "97530", "97140", "97124", "97116", "97535" };

	private static final String[] UNTIMED = { "97161", "97162", "97010", "97014", "97012" };

	private static final PayerKind[] PAYERS = { PayerKind.MEDICARE_PART_B, PayerKind.COMMERCIAL, PayerKind.AUTO_PIP,
			PayerKind.MEDICARE_ADVANTAGE, PayerKind.CASH };

	private static final ProviderType[] PROVIDERS = { ProviderType.PT, ProviderType.PTA, ProviderType.LMT,
			ProviderType.OT, ProviderType.DC };

	private SummaryBenchmark() {
	}

	public static void main(String[] args) {
		int lines = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		BillingEngine engine = BillingEngine.standard();
		FeeSchedule fees = FeeSchedule.of("bench",
				Map.of("97110", new BigDecimal("32.00"), "97112", new BigDecimal("34.00"), "97530",
						new BigDecimal("36.00"), "97140", new BigDecimal("35.00"), "97124", new BigDecimal("30.00"),
						"97161", new BigDecimal("95.00")));
		// warm-up on a small sample, so the figure is not the JIT's
		run(engine, fees, 50_000);
		long start = System.nanoTime();
		Result result = run(engine, fees, lines);
		long nanos = System.nanoTime() - start;
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("%,d lines, %,d visits summarised in %.2f s (%,.0f lines/s); max heap %d MB, used %d MB%n",
				lines, result.visits, nanos / 1e9, lines / (nanos / 1e9), runtime.maxMemory() / 1024 / 1024,
				(runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024);
		System.out.printf("units %,d, revenue $%s, finding kinds %d%n", result.summary.total().units(),
				result.summary.total().revenue(), result.summary.findings().size());
	}

	private record Result(long visits, ClinicSummary summary) {
	}

	private static Result run(BillingEngine engine, FeeSchedule fees, int lines) {
		SplittableRandom random = new SplittableRandom(20261127L);
		SummaryAccumulator accumulator = SummaryAccumulator.of(engine, Period.WEEK);
		LocalDate first = LocalDate.of(2026, 1, 1);
		int made = 0;
		long id = 0;
		while (made < lines) {
			int count = Math.min(lines - made, 1 + random.nextInt(5));
			List<ServiceLine> services = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				if (random.nextInt(6) == 0) {
					services.add(ServiceLine.untimed(UNTIMED[random.nextInt(UNTIMED.length)]).withModifiers("GP"));
				}
				else {
					ServiceLine line = ServiceLine.of(TIMED[random.nextInt(TIMED.length)], 3 + random.nextInt(45))
						.withModifiers("GP");
					services.add(random.nextBoolean() ? line.withBilledUnits(random.nextInt(4)) : line);
				}
			}
			made += count;
			PayerKind payer = PAYERS[random.nextInt(PAYERS.length)];
			VisitClaim claim = VisitClaim
				.of(first.plusDays(random.nextInt(365)), payer, PROVIDERS[random.nextInt(PROVIDERS.length)], services)
				.withUnitRule(payer.defaultUnitRule() == UnitRule.CMS ? UnitRule.CMS : UnitRule.AMA);
			if (!payer.isMedicare()) {
				claim = claim.withFeeSchedule(fees);
			}
			accumulator.add(new SummaryVisit(++id, "P-" + random.nextInt(5000), "Therapist " + random.nextInt(12),
					payer.name(), claim));
		}
		return new Result(id, accumulator.summary());
	}

}
