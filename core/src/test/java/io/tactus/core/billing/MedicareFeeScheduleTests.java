package io.tactus.core.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.codes.ReferenceData;
import io.tactus.core.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Medicare payments against the CMS files, with every expectation computed here from the
 * CSV rows and the conversion factors CMS states (2025: $32.3465, 2026: $33.4009).
 */
class MedicareFeeScheduleTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final Map<Integer, BigDecimal> CF = Map.of(2025, new BigDecimal("32.3465"), 2026,
			new BigDecimal("33.4009"));

	private static final LocalDate DAY_2025 = LocalDate.of(2025, 6, 3);

	private static final LocalDate DAY_2026 = LocalDate.of(2026, 6, 2);

	static Stream<Arguments> activeCodes() {
		return Stream.of(2025, 2026)
			.flatMap((year) -> ReferenceData.readCsv("/data/billing/rvu-" + year + ".csv").stream())
			.filter((row) -> row.get("status").equals("A"))
			.map((row) -> Arguments.of(row.get("year"), row.get("code"), row));
	}

	private static ServiceLine oneUnit(String code) {
		BillingCode billing = ENGINE.catalog().find(code).orElseThrow();
		return billing.isTimed() ? ServiceLine.of(code, 15) : ServiceLine.untimed(code);
	}

	private static ExpectedPayment pay(LocalDate day, ServiceLine... lines) {
		return ENGINE.evaluate(VisitClaim.of(day, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(lines)))
			.payment();
	}

	private static Money cents(BigDecimal amount) {
		return Money.of(amount.setScale(2, RoundingMode.HALF_UP));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("activeCodes")
	void paysOneUnitOfEveryActiveCodeItsTotalRvuTimesTheConversionFactor(String year, String code, CSVRecord row) {
		int y = Integer.parseInt(year);
		Money expected = cents(new BigDecimal(row.get("total_nonfacility")).multiply(CF.get(y)));

		ExpectedPayment payment = pay(LocalDate.of(y, 6, 2), oneUnit(code));

		assertThat(payment.total()).as(code + " " + year).contains(expected);
		assertThat(payment.lines()).singleElement().satisfies((line) -> assertThat(line.units()).isEqualTo(1));
		assertThat(expected.isPositive()).as("every active code has RVUs").isTrue();
	}

	@Test
	void appliesTheTherapyReductionToEveryUnitButTheOneWithTheHighestPracticeExpense() {
		// 2026 RVUs (work, PE, MP): 97110 0.45/0.41/0.01, 97140 0.43/0.39/0.01, 97530
		// 0.44/0.60/0.01; 97530 has the highest PE, so it alone is paid in full.
		BigDecimal cf = new BigDecimal("33.4009");
		BigDecimal half = new BigDecimal("0.5");
		Money full97530 = cents(new BigDecimal("1.05").multiply(cf));
		Money reduced97110 = cents(new BigDecimal("0.45").add(new BigDecimal("0.41").multiply(half))
			.add(new BigDecimal("0.01"))
			.multiply(BigDecimal.TWO)
			.multiply(cf));
		Money reduced97140 = cents(new BigDecimal("0.43").add(new BigDecimal("0.39").multiply(half))
			.add(new BigDecimal("0.01"))
			.multiply(cf));

		ExpectedPayment payment = pay(DAY_2026, ServiceLine.of("97110", 30).withModifiers("GP"),
				ServiceLine.of("97140", 15).withModifiers("GP"), ServiceLine.of("97530", 15).withModifiers("GP"));

		assertThat(payment.lines()).extracting(LinePayment::units).containsExactly(2, 1, 1);
		assertThat(payment.line("97530").orElseThrow().amount()).contains(full97530);
		assertThat(payment.line("97110").orElseThrow().amount()).contains(reduced97110);
		assertThat(payment.line("97140").orElseThrow().amount()).contains(reduced97140);
		assertThat(payment.total()).contains(full97530.plus(reduced97110).plus(reduced97140));
		assertThat(payment.total()).contains(Money.parse("100.70"));
		assertThat(payment.notes()).contains(new PaymentNote.MultipleProcedureReduction(4, "97530"));
	}

	@Test
	void pricesAVisitWithTheGpcisOfItsLocalityForItsYear() {
		LocalityId alaska = LocalityId.parse("02102-01").orElseThrow();
		Money expected2026 = cents(new BigDecimal("0.45").multiply(new BigDecimal("1.500"))
			.add(new BigDecimal("0.41").multiply(new BigDecimal("1.065")))
			.add(new BigDecimal("0.01").multiply(new BigDecimal("0.551")))
			.multiply(new BigDecimal("33.4009")));
		Money expected2025 = cents(new BigDecimal("0.45").multiply(new BigDecimal("1.500"))
			.add(new BigDecimal("0.43").multiply(new BigDecimal("1.081")))
			.add(new BigDecimal("0.01").multiply(new BigDecimal("0.592")))
			.multiply(new BigDecimal("32.3465")));

		ExpectedPayment in2026 = ENGINE
			.evaluate(VisitClaim
				.of(DAY_2026, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(ServiceLine.of("97110", 15)))
				.withLocality(alaska))
			.payment();
		ExpectedPayment in2025 = ENGINE
			.evaluate(VisitClaim
				.of(DAY_2025, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(ServiceLine.of("97110", 15)))
				.withLocality(alaska))
			.payment();

		assertThat(in2026.total()).contains(expected2026).contains(Money.parse("37.31"));
		assertThat(in2025.total()).contains(expected2025);
		assertThat(in2026.notes().get(0)).isInstanceOfSatisfying(PaymentNote.MedicareSchedule.class, (note) -> {
			assertThat(note.year()).isEqualTo(2026);
			assertThat(note.indices()).isInstanceOfSatisfying(PaymentNote.LocalityIndices.class, (indices) -> {
				assertThat(indices.locality().label()).isEqualTo("ALASKA, AK (02102-01)");
				assertThat(indices.locality().gpci().practiceExpense()).isEqualByComparingTo("1.065");
			});
		});
		assertThat(in2026.lines().get(0).reason()).isInstanceOfSatisfying(PaymentReason.MedicareRate.class, (rate) -> {
			assertThat(rate.work()).isEqualByComparingTo("0.45");
			assertThat(rate.practiceExpense()).isEqualByComparingTo("0.41");
			assertThat(rate.malpractice()).isEqualByComparingTo("0.01");
			assertThat(rate.gpci().work()).isEqualByComparingTo("1.500");
			assertThat(rate.gpci().malpractice()).isEqualByComparingTo("0.551");
			assertThat(rate.conversionFactor()).isEqualByComparingTo("33.4009");
			assertThat(rate.fullUnits()).isEqualTo(1);
			assertThat(rate.reducedUnits()).isZero();
			assertThat(rate.amount()).isEqualTo(Money.parse("37.31"));
		});
	}

	@Test
	void picksTheRvusAndConversionFactorOfTheVisitsYear() {
		assertThat(pay(DAY_2025, ServiceLine.of("97110", 15)).total())
			.contains(cents(new BigDecimal("0.89").multiply(new BigDecimal("32.3465"))));
		assertThat(pay(DAY_2026, ServiceLine.of("97110", 15)).total())
			.contains(cents(new BigDecimal("0.87").multiply(new BigDecimal("33.4009"))));
		assertThat(pay(DAY_2025, ServiceLine.of("97110", 15)).notes().get(0))
			.isEqualTo(new PaymentNote.MedicareSchedule(2025, Optional.of("RVU25D"), new BigDecimal("32.3465"),
					new PaymentNote.NationalIndices()));
	}

	@Test
	void hasNoRateWhenTheLocalityHasNoGpcisForTheYear() {
		GpciTable only2026 = GpciTable.of(ENGINE.gpcis().localities(2026));
		BillingEngine engine = BillingEngine.of(ENGINE.catalog(), ENGINE.editPairs(), ENGINE.rvus(), only2026);

		ExpectedPayment payment = engine
			.evaluate(VisitClaim
				.of(DAY_2025, PayerKind.MEDICARE_PART_B, ProviderType.PT, List.of(ServiceLine.of("97110", 15)))
				.withLocality(LocalityId.parse("02102-01").orElseThrow()))
			.payment();

		assertThat(payment.total()).isEmpty();
		assertThat(payment.lines().get(0).reason())
			.isEqualTo(new PaymentReason.NoLocality(2025, LocalityId.parse("02102-01").orElseThrow()));
	}

	@Test
	void explainsEveryCmsStatus() {
		ExpectedPayment payment = pay(DAY_2026, ServiceLine.untimed("97010"), ServiceLine.untimed("97014"),
				ServiceLine.untimed("97039"), ServiceLine.untimed("98943"));

		assertThat(payment.line("97010").orElseThrow()).satisfies((line) -> {
			assertThat(line.amount()).contains(Money.zero());
			assertThat(line.reason()).isEqualTo(new PaymentReason.Bundled("97010"));
		});
		assertThat(payment.line("97014").orElseThrow()).satisfies((line) -> {
			assertThat(line.amount()).isEmpty();
			assertThat(line.reason()).isEqualTo(new PaymentReason.NotRecognised("97014", Optional.of("G0283")));
		});
		assertThat(payment.line("97039").orElseThrow()).satisfies((line) -> {
			assertThat(line.amount()).isEmpty();
			assertThat(line.reason()).isEqualTo(new PaymentReason.CarrierPriced("97039"));
		});
		assertThat(payment.line("98943").orElseThrow()).satisfies((line) -> {
			assertThat(line.amount()).contains(Money.zero());
			assertThat(line.reason()).isEqualTo(new PaymentReason.NotCovered("98943"));
		});
		assertThat(payment.complete()).isFalse();
	}

	@Test
	void pricesRestrictedCodesWithRvusButFlagsThemAndLeavesTheOthersToTheMac() {
		ExpectedPayment infrared = pay(DAY_2026, ServiceLine.untimed("97026"));
		ExpectedPayment conditioning = pay(DAY_2026, ServiceLine.of("97545", 120));

		assertThat(infrared.total()).contains(cents(new BigDecimal("0.20").multiply(new BigDecimal("33.4009"))));
		assertThat(infrared.lines().get(0).reason()).isInstanceOfSatisfying(PaymentReason.MedicareRate.class,
				(rate) -> assertThat(rate.restricted()).isTrue());
		assertThat(conditioning.total()).isEmpty();
		assertThat(conditioning.lines().get(0).reason()).isEqualTo(new PaymentReason.RestrictedWithoutRvus("97545"));
	}

}
