package io.tactus.web.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo} only: therapists, payers, fees and a few hundred visits of 2026
 * for the demo clinic, generated with a fixed seed so every start shows the same figures.
 * Written with plain SQL so the clinic feature keeps its internals package-private; runs
 * once (skipped when the clinic has therapists).
 */
@Component
@Profile("demo")
@Order(20)
class DemoClinicData implements ApplicationRunner {

	static final int VISITS = 320;

	private static final Logger logger = LoggerFactory.getLogger(DemoClinicData.class);

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private final Accounts accounts;

	private final JdbcClient jdbc;

	DemoClinicData(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	private record Therapist(String name, String type, String pay, String state, String[] codes) {
	}

	private record Payer(String name, String kind, String rule) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long clinic = this.accounts.findByUsername(DemoAccounts.OWNER).flatMap(TactusUser::clinic).orElse(null);
		if (clinic == null || this.jdbc.sql("select count(*) from clinic_therapist where clinic_id = :c")
			.param("c", clinic)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		List<Therapist> therapists = List.of(
				new Therapist("Alex Kim", "PT", "46.00", null, new String[] { "97110", "97112", "97530", "97140" }),
				new Therapist("Jordan Lee", "PTA", "31.00", null, new String[] { "97110", "97112", "97530" }),
				new Therapist("Maria Lopez", "LMT", "27.50", null, new String[] { "97124", "97140", "97010" }),
				new Therapist("Sam Patel", "OT", "44.00", null, new String[] { "97535", "97530", "97110" }));
		List<Payer> payers = List.of(new Payer("Medicare", "MEDICARE_PART_B", "CMS"),
				new Payer("Blue Plan", "COMMERCIAL", "AMA"), new Payer("Sunshine Auto PIP", "AUTO_PIP", "AMA"),
				new Payer("Self-pay", "CASH", "AMA"));
		this.jdbc.sql("""
				insert into clinic_settings (clinic_id, state, medicare_locality)
				values (:c, 'FL', '09102-99')""").param("c", clinic).update();
		List<Long> therapistIds = new ArrayList<>();
		for (Therapist t : therapists) {
			this.jdbc.sql("""
					insert into clinic_therapist (clinic_id, name, name_key, provider_type, hourly_pay, state)
					values (:c, :name, :key, :type, :pay, :state)""")
				.param("c", clinic)
				.param("name", t.name())
				.param("key", t.name().toLowerCase(java.util.Locale.ROOT))
				.param("type", t.type())
				.param("pay", new BigDecimal(t.pay()))
				.param("state", t.state())
				.update();
			therapistIds.add(id("clinic_therapist", clinic, t.name()));
		}
		List<Long> payerIds = new ArrayList<>();
		Map<String, String> fees = Map.of("97110", "32.00", "97112", "34.00", "97530", "36.00", "97140", "35.00",
				"97124", "30.00", "97535", "33.00", "97010", "10.00");
		for (Payer p : payers) {
			this.jdbc.sql("""
					insert into clinic_payer (clinic_id, name, name_key, kind, unit_rule)
					values (:c, :name, :key, :kind, :rule)""")
				.param("c", clinic)
				.param("name", p.name())
				.param("key", p.name().toLowerCase(java.util.Locale.ROOT))
				.param("kind", p.kind())
				.param("rule", p.rule())
				.update();
			long payerId = id("clinic_payer", clinic, p.name());
			payerIds.add(payerId);
			if (!p.kind().startsWith("MEDICARE")) {
				fees.forEach((code, fee) -> this.jdbc
					.sql("insert into clinic_fee (payer_id, clinic_id, code, fee) values (:p, :c, :code, :fee)")
					.param("p", payerId)
					.param("c", clinic)
					.param("code", code)
					.param("fee", new BigDecimal(fee))
					.update());
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
			int p = therapist.type().equals("LMT") ? 1 + random.nextInt(3) : random.nextInt(payers.size());
			if (!therapist.type().equals("LMT") && random.nextInt(3) == 0) {
				p = 0;
			}
			LocalDate date = first.plusDays(random.nextInt(320));
			// Medicare patients come from a small pool, so some of them near or pass the
			// KX threshold
			int pool = (p == 0) ? 2 : 60;
			String patient = "DEMO-" + String.format("%03d", 1 + random.nextInt(pool));
			this.jdbc.sql("""
					insert into clinic_visit (clinic_id, visit_date, patient_ref, therapist_id, payer_id, created_at)
					values (:c, :date, :patient, :t, :p, :at)""")
				.param("c", clinic)
				.param("date", date)
				.param("patient", patient)
				.param("t", therapistIds.get(t))
				.param("p", payerIds.get(p))
				.param("at", Timestamp.from(CREATED))
				.update();
			long visit = this.jdbc.sql("select max(id) from clinic_visit where clinic_id = :c")
				.param("c", clinic)
				.query(Long.class)
				.single();
			boolean medicare = payers.get(p).kind().startsWith("MEDICARE");
			String modifier = switch (therapist.type()) {
				case "PTA" -> "GP CQ";
				case "OT" -> "GO";
				case "LMT" -> "";
				default -> "GP";
			};
			int lines = 1 + random.nextInt(3);
			List<String> used = new ArrayList<>();
			for (int i = 0; i < lines; i++) {
				String code = therapist.codes()[random.nextInt(therapist.codes().length)];
				if (used.contains(code)) {
					continue;
				}
				used.add(code);
				int minutes = code.equals("97010") ? 10 : 5 + random.nextInt(36);
				int rough = (minutes + 7) / 15;
				Integer billed = random.nextInt(5) == 0 ? rough + (random.nextBoolean() ? 1 : -1) : rough;
				String mods = (medicare || random.nextInt(4) == 0) ? modifier : "";
				this.jdbc
					.sql("""
							insert into clinic_visit_line (visit_id, seq, code, minutes, modifiers, body_region, billed_units)
							values (:v, :seq, :code, :minutes, :mods, :region, :billed)""")
					.param("v", visit)
					.param("seq", used.size() - 1)
					.param("code", code)
					.param("minutes", code.equals("97010") ? null : minutes)
					.param("mods", mods)
					.param("region", random.nextBoolean() ? "lumbar" : "cervical")
					.param("billed", Math.max(0, billed))
					.update();
			}
		}
	}

	private long id(String table, long clinic, String name) {
		return this.jdbc.sql("select id from " + table + " where clinic_id = :c and name = :name")
			.param("c", clinic)
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
