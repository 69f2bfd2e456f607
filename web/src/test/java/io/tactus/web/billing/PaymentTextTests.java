package io.tactus.web.billing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.ExpectedPayment;
import io.tactus.core.billing.FeeSchedule;
import io.tactus.core.billing.Gpci;
import io.tactus.core.billing.LinePayment;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.PaymentNote;
import io.tactus.core.billing.PaymentReason;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import io.tactus.web.system.MoneyText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payment explanation, line and note, reads from the billing bundle: no key is
 * missing, none is unused, no placeholder is left, and the sentences keep the wording
 * users saw before they were typed.
 */
class PaymentTextTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 2);

	private static final LocalDate DAY_2025 = LocalDate.of(2025, 3, 3);

	private static final Path CASES = Path.of("../core/src/test/resources/billing/cases.json");

	/**
	 * The explanation keys, apart from the page's labels that also start with
	 * {@code billing.payment.}.
	 */
	private static final List<String> EXPLANATION_KEYS = List.of("billing.payment.line.", "billing.payment.note.",
			"billing.payment.rvus.", "billing.payment.share.", "billing.payment.indices.", "billing.payment.list.");

	private static final LocalityId ALASKA = LocalityId.parse("02102-01").orElseThrow();

	private final BillingBundle source = new BillingBundle();

	private final PaymentText text = new PaymentText(this.source, new MoneyText());

	private ExpectedPayment pay(VisitClaim claim) {
		return ENGINE.evaluate(claim).payment();
	}

	private ExpectedPayment medicare(LocalDate day, ProviderType provider, ServiceLine... lines) {
		return pay(VisitClaim.of(day, PayerKind.MEDICARE_PART_B, provider, List.of(lines)));
	}

	private String line(ExpectedPayment payment, String code) {
		return this.text.line(payment.line(code).orElseThrow().reason(), Locale.ENGLISH);
	}

	private List<String> notes(ExpectedPayment payment) {
		return payment.notes().stream().map((note) -> this.text.note(note, Locale.ENGLISH)).toList();
	}

	@Test
	void wordsMedicareRatesWithTheLocalityGpcisAndTheYear() {
		ExpectedPayment payment = pay(VisitClaim
			.of(DAY_2026, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(ServiceLine.of("97110", 15)))
			.withLocality(ALASKA));
		assertThat(line(payment, "97110")).isEqualTo("1 unit; (work 0.45 × 1.500 + PE 0.41 × 1.065 + MP 0.01 × 0.551) "
				+ "× $33.4009: 1 at full practice expense = $37.31.");
		assertThat(notes(payment)).containsExactly(
				"Medicare physician fee schedule 2026 (CMS RVU26C): conversion factor $33.4009; GPCIs of ALASKA, AK "
						+ "(02102-01) for 2026: work 1.500, PE 1.065, MP 0.551.",
				"Allowed amounts before the deductible and the 20% coinsurance; each line rounded half-up to cents, "
						+ "then summed.");
	}

	@Test
	void wordsNationalRatesTheReductionAndTheAssistantShare() {
		assertThat(notes(medicare(DAY_2025, ProviderType.PT, ServiceLine.of("97110", 15))).get(0)).isEqualTo(
				"Medicare physician fee schedule 2025 (CMS RVU25D): conversion factor $32.3465; national GPCIs (1.0).");
		ExpectedPayment mppr = medicare(DAY_2026, ProviderType.PT, ServiceLine.of("97110", 30).withModifiers("GP"),
				ServiceLine.of("97530", 15).withModifiers("GP"));
		assertThat(notes(mppr)).contains("Multiple procedure payment reduction: 3 units of services that CMS marks "
				+ "for the therapy reduction (multiple-procedure indicator 5); the one unit with the highest practice "
				+ "expense (97530) is paid in full, the practice expense of every other unit is halved.");
		assertThat(line(mppr, "97110")).startsWith("2 units; RVUs work ")
			.contains(": 2 with practice expense halved (MPPR) = $44.42.");
		assertThat(this.text.line(new PaymentReason.MedicareRate("97110", 3, new BigDecimal("0.45"),
				new BigDecimal("0.41"), new BigDecimal("0.01"), Gpci.national(), new BigDecimal("33.4009"), 1, 2, true,
				Money.of(new BigDecimal("1204.5")), false), Locale.ENGLISH))
			.isEqualTo("3 units; RVUs work 0.45, PE 0.41, MP 0.01 × $33.4009: 1 at full practice expense, 2 with "
					+ "practice expense halved (MPPR) × 85% (assistant, CQ/CO) = $1,204.50.");
		ExpectedPayment assistant = medicare(DAY_2026, ProviderType.PTA,
				ServiceLine.of("97110", 15).withModifiers("GP", "CQ"));
		assertThat(line(assistant, "97110")).endsWith(" × 85% (assistant, CQ/CO) = $24.70.");
	}

	@Test
	void wordsEveryCmsStatus() {
		ExpectedPayment payment = medicare(DAY_2026, ProviderType.PT, ServiceLine.untimed("97010"),
				ServiceLine.untimed("97014"), ServiceLine.untimed("97039"), ServiceLine.untimed("98943"));
		assertThat(line(payment, "97010")).isEqualTo("Medicare bundles 97010 (CMS status B): its payment is included "
				+ "in the other services of the day, so it is billed but paid $0.00.");
		assertThat(line(payment, "97014")).isEqualTo(
				"No rate: Medicare does not accept 97014 (CMS status I, not valid for Medicare); bill G0283 instead.");
		assertThat(line(payment, "97039")).isEqualTo("No rate: 97039 is carrier-priced (CMS status C): there is no "
				+ "national amount; your Medicare Administrative Contractor (MAC) sets the price.");
		assertThat(line(payment, "98943")).isEqualTo("Medicare does not cover 98943 (CMS status N): Medicare pays "
				+ "$0.00 for it; the service is the patient's to pay.");
		assertThat(line(medicare(DAY_2026, ProviderType.PT, ServiceLine.untimed("97026")), "97026"))
			.endsWith(" = $6.68. Restricted coverage (CMS status R): Medicare pays 97026 only under special coverage "
					+ "rules; check your MAC's policy before counting on this amount.");
		assertThat(line(medicare(DAY_2026, ProviderType.PT, ServiceLine.of("97545", 120)), "97545"))
			.isEqualTo("No rate: 97545 has restricted coverage (CMS status R) and no national RVUs: Medicare pays it "
					+ "only under special coverage rules, and then your Medicare Administrative Contractor (MAC) sets "
					+ "the price.");
		assertThat(this.text.line(new PaymentReason.NotRecognised("97014", Optional.empty()), Locale.ENGLISH))
			.isEqualTo("No rate: Medicare does not accept 97014 (CMS status I, not valid for Medicare).");
	}

	@Test
	void wordsEveryMissingRate() {
		ExpectedPayment later = medicare(LocalDate.of(2027, 1, 6), ProviderType.PT, ServiceLine.of("97110", 15));
		assertThat(line(later, "97110")).isEqualTo("No rate: no Medicare fee schedule loaded for 2027.");
		assertThat(notes(later)).singleElement()
			.asString()
			.startsWith("No Medicare fee schedule loaded for 2027; the portal has the CMS files for ")
			.contains("2025 and 2026")
			.endsWith(", so Medicare lines of this visit have no rate.");
		assertThat(this.text.note(new PaymentNote.NoMedicareSchedule(2027, List.of(2024, 2025, 2026)), Locale.ENGLISH))
			.isEqualTo("No Medicare fee schedule loaded for 2027; the portal has the CMS files for 2024, 2025 and "
					+ "2026, so Medicare lines of this visit have no rate.");
		assertThat(this.text.note(new PaymentNote.NoMedicareSchedule(2027, List.of()), Locale.ENGLISH))
			.isEqualTo("No Medicare fee schedule loaded for 2027.");
		assertThat(this.text.line(new PaymentReason.NoLocality(2025, ALASKA), Locale.ENGLISH))
			.isEqualTo("No rate: no 2025 GPCIs are loaded for Medicare locality 02102-01.");
		assertThat(this.text.note(new PaymentNote.MedicareSchedule(2025, Optional.empty(), new BigDecimal("32.3465"),
				new PaymentNote.MissingLocality(ALASKA)), Locale.ENGLISH))
			.isEqualTo("Medicare physician fee schedule 2025: conversion factor $32.3465; no 2025 GPCIs are loaded "
					+ "for Medicare locality 02102-01.");
		assertThat(line(medicare(DAY_2026, ProviderType.PT, ServiceLine.untimed("97139")), "97139"))
			.isEqualTo("No rate: 97139 is not in the CMS 2026 fee schedule file (RVU26C).");
		ExpectedPayment none = pay(
				VisitClaim.of(DAY_2026, PayerKind.AUTO_PIP, ProviderType.LMT, List.of(ServiceLine.of("97124", 60))));
		assertThat(line(none, "97124")).isEqualTo("No rate: no fee schedule was given for this payer.");
		assertThat(notes(none))
			.containsExactly("No fee schedule was given for this payer, so no amount can be expected.");
	}

	@Test
	void wordsTheClinicFeeSchedule() {
		ExpectedPayment payment = pay(VisitClaim
			.of(DAY_2026, PayerKind.AUTO_PIP, ProviderType.LMT,
					List.of(ServiceLine.of("97124", 60), ServiceLine.of("97140", 15)))
			.withFeeSchedule(FeeSchedule.of("PIP", Map.of("97124", new BigDecimal("1204.91")))));
		assertThat(line(payment, "97124")).isEqualTo("4 × $1,204.91 (clinic fee schedule) = $4,819.64.");
		assertThat(line(payment, "97140")).isEqualTo("No rate: the fee schedule has no fee for 97140.");
		assertThat(notes(payment)).containsExactly(
				"Clinic fee schedule PIP: fee per unit × units, rounded half-up to cents per line, then summed.");
		assertThat(this.text.note(new PaymentNote.MedicareSchedule(2026, Optional.empty(), new BigDecimal("33.4009"),
				new PaymentNote.EnteredIndices(Gpci.of("test locality", "1.1", "0.9", "1.2"))), Locale.ENGLISH))
			.isEqualTo("Medicare physician fee schedule 2026: conversion factor $33.4009; GPCIs entered by hand (test "
					+ "locality): work 1.1, PE 0.9, MP 1.2, the same for every year.");
	}

	@Test
	void rendersEveryPaymentOfTheWorkedCasesFromTheBundle() throws IOException {
		List<ExpectedPayment> payments = workedCases();
		payments.add(medicare(DAY_2026, ProviderType.PT, ServiceLine.untimed("97010"), ServiceLine.untimed("97014"),
				ServiceLine.untimed("97039"), ServiceLine.untimed("98943"), ServiceLine.untimed("97026"),
				ServiceLine.of("97545", 120), ServiceLine.untimed("97139"), ServiceLine.of("97110", 0)));
		payments.add(medicare(LocalDate.of(2027, 1, 6), ProviderType.PT, ServiceLine.of("97110", 15)));
		payments.add(pay(
				VisitClaim.of(DAY_2026, PayerKind.AUTO_PIP, ProviderType.LMT, List.of(ServiceLine.of("97124", 60)))));
		List<String> texts = new ArrayList<>();
		for (ExpectedPayment payment : payments) {
			for (LinePayment line : payment.lines()) {
				texts.add(this.text.line(line.reason(), Locale.ENGLISH));
			}
			texts.addAll(notes(payment));
		}
		texts.add(this.text.line(new PaymentReason.NoLocality(2025, ALASKA), Locale.ENGLISH));
		texts.add(this.text.line(new PaymentReason.NotInFeeSchedule("97139", 2031, Optional.empty()), Locale.ENGLISH));
		texts.add(this.text.line(
				new PaymentReason.MedicareRate("97110", 2, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
						Gpci.national(), BigDecimal.TEN, 2, 0, false, Money.of(new BigDecimal("20")), false),
				Locale.ENGLISH));
		texts.add(this.text.line(new PaymentReason.NotRecognised("97014", Optional.empty()), Locale.ENGLISH));
		for (PaymentNote note : List.of(new PaymentNote.NoMedicareSchedule(2031, List.of()),
				new PaymentNote.NoMedicareSchedule(2031, List.of(2024, 2025, 2026)),
				new PaymentNote.MedicareSchedule(2026, Optional.empty(), BigDecimal.TEN,
						new PaymentNote.MissingLocality(ALASKA)),
				new PaymentNote.MedicareSchedule(2026, Optional.empty(), BigDecimal.TEN,
						new PaymentNote.EnteredIndices(Gpci.national())))) {
			texts.add(this.text.note(note, Locale.ENGLISH));
		}
		assertThat(texts).allSatisfy(
				(text) -> assertThat(text).isNotBlank().doesNotContain("{", "}", "null", "''", "  ").endsWith("."));
		assertThat(this.source.used()).as("payment sentences in the bundle that no payment used")
			.containsAll(paymentKeys());
	}

	private List<ExpectedPayment> workedCases() throws IOException {
		List<ExpectedPayment> payments = new ArrayList<>();
		JsonNode cases;
		try (InputStream in = Files.newInputStream(CASES)) {
			cases = JsonMapper.builder().build().readTree(in);
		}
		for (JsonNode node : cases) {
			UnitRule rule = UnitRule.valueOf(node.get("rule").asString());
			List<ServiceLine> services = new ArrayList<>();
			for (JsonNode service : node.get("services")) {
				String code = service.get("code").asString();
				JsonNode minutes = service.get("minutes");
				services.add(((minutes == null || minutes.isNull()) ? ServiceLine.untimed(code)
						: ServiceLine.of(code, minutes.asInt()))
					.withModifiers("GP"));
			}
			payments.add(pay(VisitClaim.of(DAY_2026, PayerKind.MEDICARE_PART_B, ProviderType.PT, services)
				.withUnitRule(rule)
				.withLocality(ALASKA)));
			payments.add(pay(
					VisitClaim.of(DAY_2025, PayerKind.MEDICARE_PART_B, ProviderType.PTA, services).withUnitRule(rule)));
			payments.add(pay(VisitClaim.of(DAY_2026, PayerKind.COMMERCIAL, ProviderType.PT, services)
				.withUnitRule(rule)
				.withFeeSchedule(FeeSchedule.of("Commercial", Map.of("97110", new BigDecimal("31.5"))))));
		}
		return payments;
	}

	private static Set<String> paymentKeys() throws IOException {
		return BillingBundle.keys((key) -> EXPLANATION_KEYS.stream().anyMatch(key::startsWith));
	}

}
