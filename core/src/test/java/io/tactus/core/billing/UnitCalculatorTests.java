package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnitCalculatorTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	@Test
	void explainsCmsExampleOneStepByStep() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97112", 24), ServiceLine.of("97110", 23)),
				UnitRule.CMS);
		List<UnitStep.CodeMinutes> leftovers = List.of(new UnitStep.CodeMinutes("97112", 9),
				new UnitStep.CodeMinutes("97110", 8));
		assertThat(result.explanation()).containsExactly(new UnitStep.RuleIntro(UnitRule.CMS),
				new UnitStep.PooledMinutes(
						List.of(new UnitStep.CodeMinutes("97112", 24), new UnitStep.CodeMinutes("97110", 23)), 47),
				new UnitStep.ChartTotal(47, 3),
				new UnitStep.FullUnitsKept(List.of(new UnitStep.CodeFullUnits("97112", 24, 1),
						new UnitStep.CodeFullUnits("97110", 23, 1))),
				new UnitStep.LeftoverUnitsGiven(leftovers, List.of(3), List.of("97112")), new UnitStep.Total(3, 0));
		assertThat(result.lines().get(0).reason())
			.isEqualTo(new UnitReason(UnitReason.Kind.CMS_FULL_AND_LEFTOVER, 24, 2, 1, 9, UnitReason.Tie.NONE, 1));
		assertThat(result.lines().get(1).reason())
			.isEqualTo(new UnitReason(UnitReason.Kind.CMS_FULL_LEFTOVER_SHORT, 23, 1, 1, 8, UnitReason.Tie.NONE, 1));
	}

	@Test
	void assignsLeftoverUnitToCodeWithMostRemainingMinutes() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97110", 33), ServiceLine.of("97140", 7)),
				UnitRule.CMS);
		assertThat(result.unitsFor("97110")).hasValue(2);
		assertThat(result.unitsFor("97140")).hasValue(1);
		assertThat(result.tieBroken()).isFalse();
	}

	@Test
	void breaksTieForFirstEnteredCodeAndNamesTheCandidates() {
		UnitResult result = ENGINE.units(
				List.of(ServiceLine.of("97140", 8), ServiceLine.of("97110", 8), ServiceLine.of("97112", 8)),
				UnitRule.CMS);
		assertThat(result.unitsFor("97140")).hasValue(1);
		assertThat(result.unitsFor("97110")).hasValue(1);
		assertThat(result.unitsFor("97112")).hasValue(0);
		assertThat(result.tieBroken()).isTrue();
		assertThat(result.tiedCodes()).containsExactly("97140", "97110", "97112");
		assertThat(result.explanation()).contains(new UnitStep.Tie(List.of("97140", "97110", "97112"), 8, 2));
		assertThat(result.lines().get(2).reason().tie()).isEqualTo(UnitReason.Tie.LOST);
		assertThat(result.lines().get(0).reason().tie()).isEqualTo(UnitReason.Tie.WON);
	}

	@Test
	void explainsSingleUnitTie() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97112", 20), ServiceLine.of("97110", 20)),
				UnitRule.CMS);
		assertThat(result.unitsFor("97112")).hasValue(2);
		assertThat(result.tiedCodes()).containsExactly("97112", "97110");
		assertThat(result.explanation()).contains(new UnitStep.Tie(List.of("97112", "97110"), 5, 1));
	}

	@Test
	void givesOneUnitToLongestOfSeveralShortServices() {
		UnitResult result = ENGINE.units(
				List.of(ServiceLine.of("97112", 5), ServiceLine.of("97110", 6), ServiceLine.of("97140", 4)),
				UnitRule.CMS);
		assertThat(result.totalUnits()).isEqualTo(1);
		assertThat(result.unitsFor("97110")).hasValue(1);
		assertThat(result.tieBroken()).isFalse();
	}

	@Test
	void countsUntimedCodesAsOneUnitWithoutTheirMinutes() {
		UnitResult result = ENGINE.units(
				List.of(new ServiceLine("97010", java.util.OptionalInt.of(20), java.util.Set.of(),
						java.util.Optional.empty(), java.util.OptionalInt.empty()), ServiceLine.of("97110", 7)),
				UnitRule.CMS);
		assertThat(result.timedMinutes()).isEqualTo(7);
		assertThat(result.timedUnits()).isZero();
		assertThat(result.untimedUnits()).isEqualTo(1);
		assertThat(result.lines().get(0).minutes()).hasValue(20);
	}

	@Test
	void mergesMinutesOfTheSameCodeEnteredTwice() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97110", 23).withModifiers("CQ"),
				ServiceLine.of("97140", 30), ServiceLine.of("97110", 13)), UnitRule.CMS);
		assertThat(result.lines()).hasSize(2);
		assertThat(result.lines().get(0).minutes()).hasValue(36);
		assertThat(result.lines().get(0).lines()).containsExactly(0, 2);
		assertThat(result.totalUnits()).isEqualTo(4);
		assertThat(result.unitsFor("97110")).hasValue(2);
		assertThat(result.explanation()).contains(new UnitStep.MergedLines("97110", 2));
	}

	@Test
	void amaRuleCountsEachCodeOnItsOwn() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97112", 24), ServiceLine.of("97110", 23)),
				UnitRule.AMA);
		assertThat(result.totalUnits()).isEqualTo(4);
		assertThat(result.tieBroken()).isFalse();
		assertThat(result.explanation()).contains(new UnitStep.AmaCode("97112", 24, 2),
				new UnitStep.AmaCode("97110", 23, 2), new UnitStep.AmaTimedTotal(47, 4));
	}

	@Test
	void continuesTheChartBeyondTwoHours() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97110", 142)), UnitRule.CMS);
		assertThat(result.totalUnits()).isEqualTo(9);
		assertThat(result.explanation()).contains(new UnitStep.ChartTotal(142, 9));
		assertThat(new UnitStep.ChartTotal(142, 9).fromMinutes()).isEqualTo(128);
		assertThat(new UnitStep.ChartTotal(142, 9).toMinutes()).isEqualTo(142);
	}

	@Test
	void takesHourBlockUnitsAsEntered() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.of("97546", 120).withBilledUnits(2)), UnitRule.CMS);
		assertThat(result.totalUnits()).isEqualTo(2);
		assertThat(result.timedMinutes()).isZero();
	}

	@Test
	void comparesBothRulesSideBySide() {
		UnitComparison comparison = ENGINE
			.compareUnits(List.of(ServiceLine.of("97110", 33), ServiceLine.of("97140", 7)));
		assertThat(comparison.cms().totalUnits()).isEqualTo(3);
		assertThat(comparison.ama().totalUnits()).isEqualTo(2);
		assertThat(comparison.difference()).isEqualTo(-1);
	}

	@Test
	void treatsEmptyVisitAsZeroUnits() {
		UnitResult result = ENGINE.units(List.of(), UnitRule.CMS);
		assertThat(result.totalUnits()).isZero();
		assertThat(result.explanation()).containsExactly(new UnitStep.RuleIntro(UnitRule.CMS),
				new UnitStep.NoTimedCodes(), new UnitStep.Total(0, 0));
	}

	@Test
	void rejectsUnknownCodeNamingTheField() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(
					() -> ENGINE.units(List.of(ServiceLine.of("97110", 10), ServiceLine.of("12345", 10)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(1);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.CODE);
				assertThat(ex.value()).isEqualTo("12345");
			});
	}

	@Test
	void rejectsNegativeMinutesNamingTheField() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(
					() -> ENGINE.units(List.of(ServiceLine.of("97110", 10), ServiceLine.of("97140", -5)), UnitRule.AMA))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(1);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MINUTES);
				assertThat(ex.reason()).isEqualTo(InvalidServiceException.Reason.NEGATIVE);
				assertThat(ex.value()).isEqualTo("-5");
			});
	}

	@Test
	void rejectsMoreThanADayInOneLine() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> ENGINE.units(List.of(ServiceLine.of("97110", 1441)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MINUTES);
			});
	}

	@Test
	void rejectsMoreThanADayInOneVisit() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(
				() -> ENGINE.units(List.of(ServiceLine.of("97110", 1000), ServiceLine.of("97140", 441)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEmpty();
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.SERVICES);
				assertThat(ex.reason()).isEqualTo(InvalidServiceException.Reason.VISIT_TOO_LONG);
				assertThat(ex.value()).isEqualTo("1441");
			});
	}

	@Test
	void acceptsExactlyADay() {
		assertThat(ENGINE.units(List.of(ServiceLine.of("97110", 1440)), UnitRule.CMS).totalUnits()).isEqualTo(96);
	}

	@Test
	void rejectsTimedCodeWithoutMinutes() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(
				() -> ENGINE.units(List.of(ServiceLine.untimed("97161"), ServiceLine.untimed("97110")), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(1);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MINUTES);
				assertThat(ex.reason()).isEqualTo(InvalidServiceException.Reason.MINUTES_REQUIRED);
				assertThat(ex.value()).isEqualTo("97110");
			});
	}

	@Test
	void rejectsNegativeBilledUnits() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> ENGINE.units(List.of(ServiceLine.of("97110", 10).withBilledUnits(-1)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.BILLED_UNITS);
			});
	}

	@Test
	void normalisesCodeAndModifiersOfALine() {
		ServiceLine line = ServiceLine.of(" g0283 ", 0).withModifiers(" gp ", "xs").withBodyRegion(" Lumbar ");
		assertThat(line.code()).isEqualTo("G0283");
		assertThat(line.modifiers()).containsExactlyInAnyOrder("GP", "XS");
		assertThat(line.bodyRegion()).contains("lumbar");
	}

	@Test
	void toleratesRepeatedModifiers() {
		assertThat(ServiceLine.of("97110", 15).withModifiers("GP", "gp", "CQ").modifiers())
			.containsExactlyInAnyOrder("GP", "CQ");
	}

	@Test
	void rejectsAVisitWithMoreServicesThanTheCap() {
		List<ServiceLine> lines = new ArrayList<>();
		for (int i = 0; i <= VisitClaim.MAX_SERVICES; i++) {
			lines.add(ServiceLine.untimed("97010"));
		}
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> ENGINE.units(lines, UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEmpty();
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.SERVICES);
				assertThat(ex.value()).isEqualTo(Integer.toString(VisitClaim.MAX_SERVICES + 1));
			});
		assertThat(ENGINE.units(lines.subList(0, VisitClaim.MAX_SERVICES), UnitRule.CMS).totalUnits())
			.as("one pack per visit, however often entered")
			.isEqualTo(1);
	}

	@Test
	void rejectsTooManyOrTooLongModifiersAndRegions() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(
					() -> ENGINE.units(
							List.of(ServiceLine.of("97110", 15),
									ServiceLine.of("97140", 15).withModifiers("GP", "59", "XS", "KX", "CQ")),
							UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(1);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MODIFIERS);
			});
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> ENGINE.units(List.of(ServiceLine.of("97110", 15).withModifiers("GPX")), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MODIFIERS);
			});
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(
				() -> ENGINE.units(List.of(ServiceLine.of("97110", 15).withBodyRegion("x".repeat(41))), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.BODY_REGION);
			});
		assertThat(
				ENGINE.units(List.of(ServiceLine.of("97110", 15).withModifiers("GP", "59", "XS", "KX")), UnitRule.CMS)
					.totalUnits())
			.isEqualTo(1);
	}

	@Test
	void rejectsBilledUnitsAboveTheCapSoThatNoSumOverflows() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> ENGINE.units(List.of(ServiceLine.untimed("97039").withBilledUnits(Integer.MAX_VALUE),
					ServiceLine.untimed("97039").withBilledUnits(Integer.MAX_VALUE)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.BILLED_UNITS);
			});
	}

	@Test
	void echoesOnlyAShortValue() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> ENGINE.units(List.of(ServiceLine.of("9".repeat(10_000) + "\u202E", 15)), UnitRule.CMS))
			.satisfies((ex) -> {
				assertThat(ex.line()).hasValue(0);
				assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.CODE);
				assertThat(ex.value()).hasSize(InvalidServiceException.MAX_VALUE_LENGTH + 1).endsWith("\u2026");
				assertThat(ex.getMessage()).hasSizeLessThan(200);
			});
		assertThat(InvalidServiceException.shorten("a\u0000b\u202Ec")).isEqualTo("a?b?c");
	}

	@Test
	void explainsUntimedAndAsEnteredCodesAsSteps() {
		UnitResult result = ENGINE.units(List.of(ServiceLine.untimed("97010"), ServiceLine.untimed("97014"),
				ServiceLine.of("97546", 120).withBilledUnits(2), ServiceLine.of("97110", 5)), UnitRule.CMS);
		assertThat(result.explanation()).contains(new UnitStep.UnderEightMinutes(5),
				new UnitStep.UntimedCodes(List.of("97010", "97014")),
				new UnitStep.AsEntered(List.of(new UnitStep.CodeUnits("97546", 2))));
		assertThat(result.explanation()).last().isEqualTo(new UnitStep.Total(0, 4));
	}

	@Test
	void rejectsInconsistentSteps() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new UnitStep.ChartTotal(47, 2));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new UnitStep.PooledMinutes(
				List.of(new UnitStep.CodeMinutes("97110", 8), new UnitStep.CodeMinutes("97140", 8)), 17));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new UnitStep.LeftoverUnitsGiven(List.of(new UnitStep.CodeMinutes("97110", 8)),
					List.of(1, 2), List.of("97110")));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new UnitStep.Tie(List.of("97110", "97140"), 8, 2));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new UnitStep.CodeFullUnits("97110", 29, 2));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new UnitStep.MergedLines("97110", 1));
	}

}
