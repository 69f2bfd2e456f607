package io.tactus.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tactus.core.codes.ProviderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BillingInputsTests {

	@Test
	void rejectsNonPositiveGpci() {
		assertThatIllegalArgumentException().isThrownBy(() -> Gpci.of("x", "1.0", "0", "1.0"))
			.withMessageContaining("practiceExpense");
	}

	@Test
	void recognisesNationalGpci() {
		assertThat(Gpci.national().isNational()).isTrue();
		assertThat(Gpci.of("x", "1.00", "1.000", "1").isNational()).isTrue();
		assertThat(Gpci.of("x", "1.01", "1", "1").isNational()).isFalse();
	}

	@Test
	void rejectsNegativeFee() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FeeSchedule.of("clinic", Map.of("97110", new BigDecimal("-1"))))
			.withMessageContaining("97110");
	}

	@Test
	void normalisesFeeScheduleCodes() {
		FeeSchedule fees = FeeSchedule.of("clinic", Map.of(" g0283 ", new BigDecimal("12.50")));
		assertThat(fees.feeFor("G0283")).contains(new BigDecimal("12.50"));
		assertThat(fees.feeFor("97110")).isEmpty();
	}

	@Test
	void defaultMassageTherapistScopeIsMassageManualTherapyAndPacks() {
		assertThat(LmtScope.defaults().allowedCodes()).containsExactlyInAnyOrder("97124", "97140", "97010");
		assertThat(LmtScope.of("WA", " 97112 ").allows("97112")).isTrue();
	}

	@Test
	void usesThePayersUsualRuleUnlessOverridden() {
		VisitClaim claim = VisitClaim.of(LocalDate.of(2026, 1, 5), PayerKind.WORKERS_COMP, ProviderType.PT, List.of());
		assertThat(claim.effectiveUnitRule()).isEqualTo(UnitRule.AMA);
		assertThat(claim.withUnitRule(UnitRule.CMS).effectiveUnitRule()).isEqualTo(UnitRule.CMS);
		assertThat(PayerKind.MEDICAID.defaultUnitRule()).isEqualTo(UnitRule.CMS);
	}

	@Test
	void rejectsFindingWithoutALine() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(Severity.ERROR, List.of("97110"), List.of(),
				new FindingDetail.UnitsAboveMue("97110", 3, 2)));
	}

	@Test
	void rejectsFindingDetailsThatContradictThemselves() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FindingDetail.UnitsAboveMue("97110", 2, 2));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new FindingDetail.TimedUnder8Minutes("97110", 8, UnitRule.CMS, java.util.Optional.empty()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnitGap(2, 2, UnitRule.CMS, java.util.Optional.empty()));
		assertThatIllegalArgumentException().isThrownBy(() -> new FindingDetail.OverbilledUnits("97110",
				new UnitGap(1, 2, UnitRule.CMS, java.util.Optional.empty()), java.util.OptionalInt.empty()));
		assertThatIllegalArgumentException().isThrownBy(() -> new FindingDetail.OverbilledUnits("97110",
				new UnitGap(5, 3, UnitRule.CMS, java.util.Optional.empty()), java.util.OptionalInt.of(2)));
	}

}
