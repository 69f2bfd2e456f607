package io.tactus.core.billing.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;

/**
 * Realistic visits for the benchmarks: 2 to 5 services, mostly timed codes of 5 to 40
 * minutes, sometimes an untimed modality or evaluation; a fixed seed so every run sees
 * the same visits.
 */
final class SampleVisits {

	static final int COUNT = 1024;

	private static final String[] TIMED = { "97110", "97112", "97140", "97530", "97116", "97035", "97124", "97032" };

	private static final String[] UNTIMED = { "97010", "G0283", "97012", "97161", "97164" };

	private static final PayerKind[] PAYERS = { PayerKind.MEDICARE_PART_B, PayerKind.COMMERCIAL,
			PayerKind.MEDICARE_ADVANTAGE, PayerKind.AUTO_PIP };

	private SampleVisits() {
	}

	static List<List<ServiceLine>> services() {
		Random random = new Random(42);
		List<List<ServiceLine>> visits = new ArrayList<>(COUNT);
		for (int v = 0; v < COUNT; v++) {
			int size = 2 + random.nextInt(4);
			List<ServiceLine> lines = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				if (random.nextInt(6) == 0) {
					lines.add(ServiceLine.untimed(UNTIMED[random.nextInt(UNTIMED.length)]).withModifiers("GP"));
				}
				else {
					lines.add(ServiceLine.of(TIMED[random.nextInt(TIMED.length)], 5 + random.nextInt(36))
						.withModifiers("GP"));
				}
			}
			visits.add(List.copyOf(lines));
		}
		return visits;
	}

	static List<VisitClaim> claims() {
		Random random = new Random(7);
		List<VisitClaim> claims = new ArrayList<>(COUNT);
		LocalDate day = LocalDate.of(2026, 3, 2);
		for (List<ServiceLine> services : services()) {
			claims.add(VisitClaim.of(day, PAYERS[random.nextInt(PAYERS.length)], ProviderType.PT, services));
		}
		return claims;
	}

}
