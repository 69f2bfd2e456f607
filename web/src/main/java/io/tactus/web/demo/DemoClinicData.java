package io.tactus.web.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.clinic.ClinicRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo} only: therapists, payers, fees and a few hundred visits of 2026
 * for the demo clinic, generated with a fixed seed so every start shows the same figures.
 * Written through the clinic feature's {@link ClinicRecords}; runs once (skipped when the
 * clinic has therapists).
 */
@Component
@Profile("demo")
@Order(20)
class DemoClinicData implements ApplicationRunner {

	static final int VISITS = 320;

	private static final Logger logger = LoggerFactory.getLogger(DemoClinicData.class);

	private final Accounts accounts;

	private final ClinicRecords records;

	DemoClinicData(Accounts accounts, ClinicRecords records) {
		this.accounts = accounts;
		this.records = records;
	}

	private record Therapist(String name, ProviderType type, String pay, String[] codes) {
	}

	private record Payer(String name, PayerKind kind, UnitRule rule) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long clinic = this.accounts.findByUsername(DemoAccounts.OWNER).flatMap(TactusUser::clinic).orElse(null);
		if (clinic == null || this.records.hasTherapists(clinic)) {
			return;
		}
		List<Therapist> therapists = List.of(
				new Therapist("Alex Kim", ProviderType.PT, "46.00",
						new String[] { "97110", "97112", "97530", "97140" }),
				new Therapist("Jordan Lee", ProviderType.PTA, "31.00", new String[] { "97110", "97112", "97530" }),
				new Therapist("Maria Lopez", ProviderType.LMT, "27.50", new String[] { "97124", "97140", "97010" }),
				new Therapist("Sam Patel", ProviderType.OT, "44.00", new String[] { "97535", "97530", "97110" }));
		List<Payer> payers = List.of(new Payer("Medicare", PayerKind.MEDICARE_PART_B, UnitRule.CMS),
				new Payer("Blue Plan", PayerKind.COMMERCIAL, UnitRule.AMA),
				new Payer("Sunshine Auto PIP", PayerKind.AUTO_PIP, UnitRule.AMA),
				new Payer("Self-pay", PayerKind.CASH, UnitRule.AMA));
		this.records.setLocality(clinic, Optional.of("FL"), LocalityId.parse("09102-99"));
		List<Long> therapistIds = new ArrayList<>();
		for (Therapist t : therapists) {
			therapistIds.add(this.records.addTherapist(clinic, t.name(), t.type(), new BigDecimal(t.pay())));
		}
		List<Long> payerIds = new ArrayList<>();
		Map<String, String> fees = Map.of("97110", "32.00", "97112", "34.00", "97530", "36.00", "97140", "35.00",
				"97124", "30.00", "97535", "33.00", "97010", "10.00");
		for (Payer p : payers) {
			long payerId = this.records.addPayer(clinic, p.name(), p.kind(), p.rule());
			payerIds.add(payerId);
			if (!p.kind().isMedicare()) {
				fees.forEach((code, fee) -> this.records.setFee(clinic, payerId, code, new BigDecimal(fee)));
			}
		}
		visits(clinic, therapists, therapistIds, payers, payerIds);
		logger.warn("Demo profile: {} sample visits for the clinic \"{}\".", VISITS, DemoAccounts.CLINIC);
	}

	private void visits(long clinic, List<Therapist> therapists, List<Long> therapistIds, List<Payer> payers,
			List<Long> payerIds) {
		Random random = new Random(20260101L);
		LocalDate first = LocalDate.of(2026, 1, 5);
		for (int v = 0; v < VISITS; v++) {
			int t = random.nextInt(therapists.size());
			Therapist therapist = therapists.get(t);
			boolean lmt = therapist.type() == ProviderType.LMT;
			int p = lmt ? 1 + random.nextInt(3) : random.nextInt(payers.size());
			if (!lmt && random.nextInt(3) == 0) {
				p = 0;
			}
			LocalDate date = first.plusDays(random.nextInt(320));
			// Medicare patients come from a small pool, so some of them near or pass the
			// KX threshold
			int pool = (p == 0) ? 2 : 60;
			String patient = "DEMO-" + String.format("%03d", 1 + random.nextInt(pool));
			boolean medicare = payers.get(p).kind().isMedicare();
			String[] modifiers = switch (therapist.type()) {
				case PTA -> new String[] { "GP", "CQ" };
				case OT -> new String[] { "GO" };
				case LMT -> new String[0];
				default -> new String[] { "GP" };
			};
			int count = 1 + random.nextInt(3);
			List<String> used = new ArrayList<>();
			List<ServiceLine> lines = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String code = therapist.codes()[random.nextInt(therapist.codes().length)];
				if (used.contains(code)) {
					continue;
				}
				used.add(code);
				boolean untimed = code.equals("97010");
				int minutes = untimed ? 10 : 5 + random.nextInt(36);
				int rough = (minutes + 7) / 15;
				int billed = random.nextInt(5) == 0 ? rough + (random.nextBoolean() ? 1 : -1) : rough;
				boolean modified = medicare || random.nextInt(4) == 0;
				ServiceLine line = (untimed ? ServiceLine.untimed(code) : ServiceLine.of(code, minutes))
					.withModifiers(modified ? modifiers : new String[0])
					.withBodyRegion(random.nextBoolean() ? "lumbar" : "cervical")
					.withBilledUnits(Math.max(0, billed));
				lines.add(line);
			}
			this.records.addVisit(clinic, date, patient, therapistIds.get(t), payerIds.get(p), lines);
		}
	}

}
