package io.tactus.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedPaymentTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static ExpectedPayment medicare(ProviderType provider, ServiceLine... lines) {
		return ENGINE.evaluate(VisitClaim.of(DAY, PayerKind.MEDICARE_PART_B, provider, List.of(lines))).payment();
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void appliesMpprToEveryUnitAfterTheHighestPracticeExpense() {
		ExpectedPayment payment = medicare(ProviderType.PT, ServiceLine.of("97110", 30).withModifiers("GP"),
				ServiceLine.of("97530", 15).withModifiers("GP"));
		assertThat(payment.basis()).isEqualTo(PaymentBasis.MEDICARE_FEE_SCHEDULE);
		assertThat(payment.line("97530").orElseThrow().amount()).contains(Money.parse("35.07"));
		assertThat(payment.line("97110").orElseThrow().amount()).contains(Money.parse("44.42"));
		assertThat(payment.total()).contains(Money.parse("79.49"));
		assertThat(payment.notes()).contains(new PaymentNote.MultipleProcedureReduction(3, "97530"));
	}

	@Test
	void paysSingleUnitInFullAtNationalRates() {
		ExpectedPayment payment = medicare(ProviderType.PT, ServiceLine.of("97110", 15).withModifiers("GP"));
		assertThat(payment.total()).contains(Money.parse("29.06"));
	}

	@Test
	void appliesLocalityGpcis() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.MEDICARE_PART_B, ProviderType.PT,
					List.of(ServiceLine.of("97110", 15).withModifiers("GP")))
			.withGpci(Gpci.of("test locality", "1.1", "0.9", "1.2"));
		assertThat(ENGINE.evaluate(claim).payment().total()).contains(Money.parse("29.26"));
	}

	@Test
	void paysAssistantLinesAtEightyFivePercent() {
		ExpectedPayment payment = medicare(ProviderType.PTA, ServiceLine.of("97110", 15).withModifiers("GP", "CQ"));
		assertThat(payment.total()).contains(Money.parse("24.70"));
		assertThat(payment.lines().get(0).reason()).isInstanceOfSatisfying(PaymentReason.MedicareRate.class,
				(rate) -> assertThat(rate.assistant()).isTrue());
	}

	@Test
	void paysBundledCodeZeroButKnown() {
		ExpectedPayment payment = medicare(ProviderType.PT, ServiceLine.untimed("97010").withModifiers("GP"));
		assertThat(payment.line("97010").orElseThrow().amount()).contains(Money.parse("0.00"));
		assertThat(payment.complete()).isTrue();
	}

	@Test
	void saysNoRateInsteadOfZeroForACodeMissingFromTheCmsFile() {
		ExpectedPayment payment = medicare(ProviderType.PT, ServiceLine.untimed("97139").withModifiers("GP"),
				ServiceLine.untimed("97014").withModifiers("GP"));
		assertThat(payment.line("97139").orElseThrow().amount()).isEmpty();
		assertThat(payment.line("97139").orElseThrow().reason())
			.isEqualTo(new PaymentReason.NotInFeeSchedule("97139", 2026, Optional.of("RVU26C")));
		assertThat(payment.line("97014").orElseThrow().reason())
			.isEqualTo(new PaymentReason.NotRecognised("97014", Optional.of("G0283")));
		assertThat(payment.total()).isEmpty();
		assertThat(payment.complete()).isFalse();
		assertThat(payment.knownTotal()).isEqualTo(Money.zero());
	}

	@Test
	void pricesManualTherapyAndMassageFromTheCmsRvus() {
		ExpectedPayment payment = medicare(ProviderType.PT, ServiceLine.of("97140", 15).withModifiers("GP"));
		assertThat(payment.total()).contains(Money.parse("27.72"));
		ExpectedPayment massage = medicare(ProviderType.PT, ServiceLine.of("97124", 15).withModifiers("GP"));
		assertThat(massage.total()).contains(Money.parse("29.73"));
	}

	@Test
	void saysSoForAYearWithoutAFeeSchedule() {
		VisitClaim claim = VisitClaim.of(LocalDate.of(2027, 1, 6), PayerKind.MEDICARE_PART_B, ProviderType.PT,
				List.of(ServiceLine.of("97110", 15).withModifiers("GP")));
		ExpectedPayment payment = ENGINE.evaluate(claim).payment();
		assertThat(payment.total()).isEmpty();
		assertThat(payment.lines().get(0).reason()).isEqualTo(new PaymentReason.NoMedicareSchedule(2027));
		assertThat(payment.notes()).singleElement()
			.isInstanceOfSatisfying(PaymentNote.NoMedicareSchedule.class, (note) -> {
				assertThat(note.year()).isEqualTo(2027);
				assertThat(note.loadedYears()).contains(2025, 2026).isSorted();
			});
	}

	@Test
	void pricesOtherPayersWithTheClinicFeeSchedule() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.AUTO_PIP, ProviderType.LMT, List.of(ServiceLine.of("97124", 60)))
			.withFeeSchedule(FeeSchedule.of("PIP", Map.of("97124", money("25"))));
		ExpectedPayment payment = ENGINE.evaluate(claim).payment();
		assertThat(payment.basis()).isEqualTo(PaymentBasis.CLINIC_FEE_SCHEDULE);
		assertThat(payment.total()).contains(Money.parse("100.00"));
	}

	@Test
	void keepsTheClinicFeeAndLineAmountAsMoney() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.AUTO_PIP, ProviderType.LMT, List.of(ServiceLine.of("97124", 60)))
			.withFeeSchedule(FeeSchedule.of("PIP", Map.of("97124", money("1204.91"))));
		ExpectedPayment payment = ENGINE.evaluate(claim).payment();
		assertThat(payment.lines().get(0).reason())
			.isEqualTo(new PaymentReason.ClinicFee(4, Money.parse("1204.91"), Money.parse("4819.64")));
	}

	@Test
	void roundsEachLineHalfUpToCentsThenSums() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.CASH, ProviderType.PT, List.of(ServiceLine.of("97110", 15), ServiceLine.of("97112", 15)))
			.withFeeSchedule(FeeSchedule.of("cash", Map.of("97110", money("10.125"), "97112", money("10.125"))));
		ExpectedPayment payment = ENGINE.evaluate(claim).payment();
		assertThat(payment.line("97110").orElseThrow().amount()).contains(Money.parse("10.13"));
		assertThat(payment.total()).contains(Money.parse("20.26"));
	}

	@Test
	void hasNoRateWithoutFeeScheduleForOtherPayers() {
		ExpectedPayment payment = ENGINE
			.evaluate(VisitClaim.of(DAY, PayerKind.COMMERCIAL, ProviderType.PT, List.of(ServiceLine.of("97110", 15))))
			.payment();
		assertThat(payment.basis()).isEqualTo(PaymentBasis.NONE);
		assertThat(payment.total()).isEmpty();
	}

	@Test
	void pricesMedicareAdvantageAtMedicareRatesWithoutFeeSchedule() {
		ExpectedPayment payment = ENGINE.evaluate(VisitClaim.of(DAY, PayerKind.MEDICARE_ADVANTAGE, ProviderType.PT,
				List.of(ServiceLine.of("97110", 15).withModifiers("GP"))))
			.payment();
		assertThat(payment.total()).contains(Money.parse("29.06"));
	}

	@Test
	void breaksPracticeExpenseTiesByHigherFullAmount() {
		RvuTable rvus = RvuTable.of(List.of(Rvu.active(2026, "97110", "0.40", "0.50", "0.01", 5, "test"),
				Rvu.active(2026, "97112", "0.60", "0.50", "0.01", 5, "test")), Map.of(2026, money("10")));
		BillingEngine engine = BillingEngine.of(ENGINE.catalog(), ENGINE.editPairs(), rvus);
		ExpectedPayment payment = engine
			.evaluate(VisitClaim.of(DAY, PayerKind.MEDICARE_PART_B, ProviderType.PT, List
				.of(ServiceLine.of("97110", 15).withModifiers("GP"), ServiceLine.of("97112", 15).withModifiers("GP"))))
			.payment();
		assertThat(payment.line("97112").orElseThrow().amount()).contains(Money.parse("11.10"));
		assertThat(payment.line("97110").orElseThrow().amount()).contains(Money.parse("6.60"));
	}

}
