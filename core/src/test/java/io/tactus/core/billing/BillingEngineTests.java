package io.tactus.core.billing;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.codes.ProviderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BillingEngineTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static final List<ServiceLine> EXAMPLE_ONE = List.of(ServiceLine.of("97112", 24).withModifiers("GP"),
			ServiceLine.of("97110", 23).withModifiers("GP"));

	@Test
	void evaluatesMedicareVisitUnderCmsWithBothRulesSideBySide() {
		VisitEvaluation evaluation = ENGINE
			.evaluate(VisitClaim.of(DAY, PayerKind.MEDICARE_PART_B, ProviderType.PT, EXAMPLE_ONE));
		assertThat(evaluation.appliedRule()).isEqualTo(UnitRule.CMS);
		assertThat(evaluation.appliedUnits().totalUnits()).isEqualTo(3);
		assertThat(evaluation.units().ama().totalUnits()).isEqualTo(4);
		assertThat(evaluation.hasErrors()).isFalse();
		assertThat(evaluation.payment().lines()).extracting(LinePayment::units).containsExactly(2, 1);
	}

	@Test
	void evaluatesCommercialVisitUnderAmaUnlessOverridden() {
		VisitClaim claim = VisitClaim.of(DAY, PayerKind.COMMERCIAL, ProviderType.PT, EXAMPLE_ONE);
		assertThat(ENGINE.evaluate(claim).appliedRule()).isEqualTo(UnitRule.AMA);
		assertThat(ENGINE.evaluate(claim.withUnitRule(UnitRule.CMS)).appliedUnits().totalUnits()).isEqualTo(3);
	}

	@Test
	void rejectsInvalidLineOfAClaim() {
		VisitClaim claim = VisitClaim.of(DAY, PayerKind.CASH, ProviderType.PT,
				List.of(ServiceLine.of("97110", 10), ServiceLine.of("97140", 2000)));
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> ENGINE.evaluate(claim))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(1);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MINUTES);
			});
	}

	@Test
	void loadsVersionedEditPairsAndFindsThemInEitherOrder() {
		EditPairs pairs = ENGINE.editPairs();
		assertThat(pairs.versions()).containsExactly("tactus-2026.1");
		assertThat(pairs.find("97140", "97530", DAY)).isPresent();
		assertThat(pairs.find("97530", "97140", DAY)).isPresent();
		assertThat(pairs.find("97110", "97112", DAY)).isEmpty();
		assertThat(pairs.find("98942", "97124", DAY))
			.hasValueSatisfying((pair) -> assertThat(pair.sameRegion()).isTrue());
	}

	@Test
	void loadsTheCmsRowsOfEveryYearWithTheirConversionFactors() {
		RvuTable rvus = ENGINE.rvus();
		assertThat(rvus.years()).containsExactly(2025, 2026);
		assertThat(rvus.all(2025)).hasSize(47);
		assertThat(rvus.all(2026)).hasSize(47);
		assertThat(rvus.find(2026, "97140")).hasValueSatisfying((rvu) -> {
			assertThat(rvu.work()).isEqualByComparingTo("0.43");
			assertThat(rvu.practiceExpense()).isEqualByComparingTo("0.39");
			assertThat(rvu.malpractice()).isEqualByComparingTo("0.01");
			assertThat(rvu.therapyReduction()).isTrue();
		});
		assertThat(rvus.find(2026, "97139")).isEmpty();
		assertThat(rvus.conversionFactor(2026))
			.hasValueSatisfying((cf) -> assertThat(cf).isEqualByComparingTo("33.4009"));
		assertThat(rvus.conversionFactor(2025))
			.hasValueSatisfying((cf) -> assertThat(cf).isEqualByComparingTo("32.3465"));
		assertThat(rvus.conversionFactor(2024)).isEmpty();
		assertThat(rvus.release(2026)).contains("RVU26C");
		assertThat(rvus.release(2025)).contains("RVU25D");
	}

	@Test
	void loadsEveryLocalityOfEveryYear() {
		GpciTable gpcis = ENGINE.gpcis();
		assertThat(gpcis.years()).containsExactly(2025, 2026);
		assertThat(gpcis.localities(2025)).hasSize(109);
		assertThat(gpcis.localities(2026)).hasSize(109);
		LocalityId alaska = LocalityId.parse("02102-01").orElseThrow();
		assertThat(gpcis.find(2026, alaska)).hasValueSatisfying((locality) -> {
			assertThat(locality.label()).isEqualTo("ALASKA, AK (02102-01)");
			assertThat(locality.gpci().work()).isEqualByComparingTo("1.500");
			assertThat(locality.gpci().practiceExpense()).isEqualByComparingTo("1.065");
			assertThat(locality.gpci().malpractice()).isEqualByComparingTo("0.551");
		});
		assertThat(gpcis.find(2025, alaska).orElseThrow().gpci().practiceExpense()).isEqualByComparingTo("1.081");
		assertThat(gpcis.find(2025, alaska).orElseThrow().name()).isEqualTo("ALASKA*");
		assertThat(gpcis.find(2025, alaska).orElseThrow().label()).isEqualTo("ALASKA, AK (02102-01)");
		assertThat(gpcis.find(2027, alaska)).isEmpty();
		assertThat(gpcis.knows(LocalityId.parse("99999-01").orElseThrow())).isFalse();
	}

	@Test
	void readsLocalitiesWrittenMacDashLocality() {
		assertThat(LocalityId.parse(" 02102-01 ")).map(LocalityId::text).contains("02102-01");
		assertThat(LocalityId.parse("02102")).isEmpty();
		assertThat(LocalityId.parse("2102-01")).isEmpty();
		assertThat(LocalityId.parse("02102-1")).isEmpty();
		assertThat(LocalityId.parse("alaska")).isEmpty();
		assertThat(LocalityId.parse(null)).isEmpty();
	}

}
