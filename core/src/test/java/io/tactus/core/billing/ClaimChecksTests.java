package io.tactus.core.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tactus.core.billing.FindingDetail.EditPairProblem;

import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimChecksTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static List<Finding> findings(VisitClaim claim) {
		return ENGINE.evaluate(claim).findings();
	}

	private static List<Finding> findings(PayerKind payer, ProviderType provider, ServiceLine... lines) {
		return findings(VisitClaim.of(DAY, payer, provider, List.of(lines)));
	}

	private static EditPairProblem problem(Finding finding) {
		return ((FindingDetail.EditPairBilled) finding.detail()).problem();
	}

	private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
		return findings.stream().filter((finding) -> finding.kind() == kind).toList();
	}

	@Test
	void flagsEditPairBilledWithoutModifier() {
		List<Finding> edits = ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97140", 15),
				ServiceLine.of("97530", 15)), FindingKind.EDIT_PAIR_WITHOUT_MODIFIER);
		assertThat(edits).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.codes()).containsExactly("97140", "97530");
			assertThat(finding.lines()).containsExactly(0, 1);
			assertThat(finding.detail()).isInstanceOfSatisfying(FindingDetail.EditPairBilled.class, (edit) -> {
				assertThat(edit.problem()).isEqualTo(EditPairProblem.NO_DISTINCT_MODIFIER);
				assertThat(edit.pair().version()).isEqualTo("tactus-2026.1");
				assertThat(edit.pair().column2()).isEqualTo("97140");
			});
		});
	}

	@Test
	void acceptsEditPairWithDistinctServiceModifier() {
		assertThat(
				ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97140", 15).withModifiers("XU"),
						ServiceLine.of("97530", 15)), FindingKind.EDIT_PAIR_WITHOUT_MODIFIER))
			.isEmpty();
	}

	@Test
	void ignoresEditPairBeforeItTookEffect() {
		VisitClaim claim = VisitClaim.of(LocalDate.of(2019, 6, 3), PayerKind.COMMERCIAL, ProviderType.PT,
				List.of(ServiceLine.of("97140", 15), ServiceLine.of("97530", 15)));
		assertThat(ofKind(findings(claim), FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).isEmpty();
	}

	@Test
	void flagsGroupTherapyWithOneOnOneCode() {
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.untimed("97150"),
				ServiceLine.of("97110", 15)), FindingKind.EDIT_PAIR_WITHOUT_MODIFIER))
			.singleElement()
			.satisfies(
					(finding) -> assertThat(finding.detail()).isInstanceOfSatisfying(FindingDetail.EditPairBilled.class,
							(edit) -> assertThat(edit.pair().column1()).isEqualTo("97150")));
	}

	@Test
	void warnsOnUnconfirmedAndConflictingPairs() {
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.untimed("97161"),
				ServiceLine.of("97530", 15)), FindingKind.EDIT_PAIR_WITHOUT_MODIFIER))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
		assertThat(ofKind(
				findings(PayerKind.CASH, ProviderType.LMT, ServiceLine.of("97124", 30), ServiceLine.of("97140", 30)),
				FindingKind.EDIT_PAIR_WITHOUT_MODIFIER))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void flagsManualTherapyOnTheRegionOfAManipulation() {
		List<Finding> same = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("lumbar").withModifiers("59"));
		assertThat(ofKind(same, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.detail()).isEqualTo(new FindingDetail.EditPairBilled("98940", "97140",
					EditPairProblem.DISTINCT_BUT_SAME_REGION, Optional.of("lumbar"), Optional.of("lumbar"),
					((FindingDetail.EditPairBilled) finding.detail()).pair()));
		});
		List<Finding> unmodified = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("lumbar"));
		assertThat(ofKind(unmodified, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem(finding)).isEqualTo(EditPairProblem.SAME_REGION);
		});
		List<Finding> unrecorded = findings(PayerKind.COMMERCIAL, ProviderType.DC, ServiceLine.untimed("98940"),
				ServiceLine.of("97140", 15));
		assertThat(ofKind(unrecorded, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(problem(finding)).isEqualTo(EditPairProblem.REGIONS_NOT_RECORDED));
	}

	@Test
	void asksForXsWhenManipulationAndManualTherapyTreatDifferentRegions() {
		List<Finding> without = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("shoulder"));
		assertThat(ofKind(without, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(problem(finding)).isEqualTo(EditPairProblem.DIFFERENT_REGIONS_UNMARKED));
		List<Finding> with = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("shoulder").withModifiers("XS"));
		assertThat(ofKind(with, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).isEmpty();
	}

	@Test
	void warnsWhenModifier59IsUsedWithAnXModifier() {
		assertThat(ofKind(
				findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97140", 15).withModifiers("59", "XS")),
				FindingKind.MODIFIER_59_WITH_X))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isEqualTo(new FindingDetail.Modifier59WithX("97140")));
	}

	@Test
	void flagsUnitsAboveTheMue() {
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97035", 45)),
				FindingKind.UNITS_ABOVE_MUE))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isEqualTo(new FindingDetail.UnitsAboveMue("97035", 3, 2)));
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97140", 120)),
				FindingKind.UNITS_ABOVE_MUE))
			.isEmpty();
	}

	@Test
	void flagsBundledAndUnrecognisedCodesOnMedicare() {
		List<Finding> findings = findings(PayerKind.MEDICARE_PART_B, ProviderType.PT,
				ServiceLine.untimed("97010").withModifiers("GP"), ServiceLine.untimed("97014").withModifiers("GP"));
		assertThat(ofKind(findings, FindingKind.MEDICARE_BUNDLED_CODE)).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isEqualTo(new FindingDetail.MedicareBundled("97010")));
		assertThat(ofKind(findings, FindingKind.MEDICARE_UNRECOGNISED_CODE)).singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isEqualTo(new FindingDetail.MedicareUnrecognised("97014", Optional.of("G0283"))));
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.untimed("97010")),
				FindingKind.MEDICARE_BUNDLED_CODE))
			.isEmpty();
	}

	@Test
	void flagsTimedCodeUnderEightMinutesBilledOnItsOwn() {
		assertThat(
				ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97110", 7).withBilledUnits(1)),
						FindingKind.TIMED_CODE_UNDER_8_MINUTES))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.detail()).isEqualTo(new FindingDetail.TimedUnder8Minutes("97110", 7, UnitRule.AMA,
						Optional.of(new UnitGap(1, 0, UnitRule.AMA, Optional.empty()))));
			});
		assertThat(ofKind(findings(PayerKind.MEDICARE_PART_B, ProviderType.PT,
				ServiceLine.of("97110", 33).withModifiers("GP"), ServiceLine.of("97140", 7).withModifiers("GP")),
				FindingKind.TIMED_CODE_UNDER_8_MINUTES))
			.isEmpty();
	}

	@Test
	void flagsMassageTherapistOutsideTheAllowedList() {
		assertThat(ofKind(findings(PayerKind.AUTO_PIP, ProviderType.LMT, ServiceLine.of("97124", 30),
				ServiceLine.of("97112", 15)), FindingKind.LMT_CODE_OUTSIDE_SCOPE))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.codes()).containsExactly("97112");
				assertThat(finding.lines()).containsExactly(1);
				assertThat(finding.detail()).isEqualTo(
						new FindingDetail.LmtCodeOutsideScope("97112", "default", List.of("97010", "97124", "97140")));
			});
	}

	@Test
	void acceptsAPayerSpecificMassageTherapistList() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.AUTO_PIP, ProviderType.LMT, List.of(ServiceLine.of("97112", 15)))
			.withLmtScope(LmtScope.of("FL, Acme PIP", "97124", "97140", "97010", "97112"));
		assertThat(ofKind(findings(claim), FindingKind.LMT_CODE_OUTSIDE_SCOPE)).isEmpty();
	}

	@Test
	void flagsMassageTherapistOnMedicarePartB() {
		assertThat(ofKind(findings(PayerKind.MEDICARE_PART_B, ProviderType.LMT, ServiceLine.of("97124", 30)),
				FindingKind.LMT_ON_MEDICARE))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
		assertThat(ofKind(findings(PayerKind.MEDICARE_ADVANTAGE, ProviderType.LMT, ServiceLine.of("97124", 30)),
				FindingKind.LMT_ON_MEDICARE))
			.isEmpty();
	}

	@Test
	void flagsMissingTherapyModifierOnMedicare() {
		assertThat(ofKind(findings(PayerKind.MEDICARE_PART_B, ProviderType.OT, ServiceLine.of("97530", 30)),
				FindingKind.MISSING_THERAPY_MODIFIER))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isEqualTo(new FindingDetail.MissingTherapyModifier("97530", Optional.of("GO"))));
		assertThat(ofKind(
				findings(PayerKind.MEDICARE_PART_B, ProviderType.PT, ServiceLine.of("97530", 30).withModifiers("GO")),
				FindingKind.WRONG_THERAPY_MODIFIER))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isEqualTo(new FindingDetail.WrongTherapyModifier("97530", ProviderType.PT, "GP")));
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97530", 30)),
				FindingKind.MISSING_THERAPY_MODIFIER))
			.isEmpty();
	}

	@Test
	void flagsAssistantLineWithoutCqAndNotesTheReduction() {
		List<Finding> missing = findings(PayerKind.MEDICARE_PART_B, ProviderType.PTA,
				ServiceLine.of("97110", 30).withModifiers("GP"));
		assertThat(ofKind(missing, FindingKind.MISSING_ASSISTANT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isEqualTo(new FindingDetail.MissingAssistantModifier("97110", ProviderType.PTA, "CQ", "GP")));
		List<Finding> present = findings(PayerKind.MEDICARE_PART_B, ProviderType.OTA,
				ServiceLine.of("97530", 30).withModifiers("GO", "CO"));
		assertThat(ofKind(present, FindingKind.MISSING_ASSISTANT_MODIFIER)).isEmpty();
		assertThat(ofKind(present, FindingKind.ASSISTANT_PAYMENT_REDUCTION)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.detail()).isEqualTo(new FindingDetail.AssistantPaymentReduction("97530", "CO"));
		});
	}

	@Test
	void flagsOverbillingInUnitsAndDollars() {
		assertThat(ofKind(
				findings(PayerKind.MEDICARE_PART_B, ProviderType.PT,
						ServiceLine.of("97110", 23).withModifiers("GP").withBilledUnits(3)),
				FindingKind.OVERBILLED_UNITS))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.detail()).isInstanceOfSatisfying(FindingDetail.OverbilledUnits.class, (over) -> {
					assertThat(over.gap().billed()).isEqualTo(3);
					assertThat(over.gap().ruleUnits()).isEqualTo(2);
					assertThat(over.gap().rule()).isEqualTo(UnitRule.CMS);
					assertThat(over.gap().units()).isEqualTo(1);
					// the third unit is paid with its practice expense halved (MPPR):
					// 3 units $73.48 - 2 units $51.27, not the full unit rate $29.06
					assertThat(over.gap().amount()).contains(Money.parse("22.21"));
					assertThat(over.mue()).isEmpty();
				});
			});
	}

	@Test
	void flagsUnderbillingInUnitsAndDollars() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.COMMERCIAL, ProviderType.PT, List.of(ServiceLine.of("97110", 38).withBilledUnits(1)))
			.withFeeSchedule(FeeSchedule.of("clinic", java.util.Map.of("97110", new java.math.BigDecimal("40"))));
		assertThat(ofKind(findings(claim), FindingKind.UNDERBILLED_UNITS)).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isEqualTo(new FindingDetail.UnderbilledUnits("97110",
					new UnitGap(1, 3, UnitRule.AMA, Optional.of(Money.parse("80.00"))))));
	}

	@Test
	void valuesMismatchWithoutRateAsUnknown() {
		assertThat(ofKind(findings(PayerKind.CASH, ProviderType.PT, ServiceLine.of("97110", 8).withBilledUnits(2)),
				FindingKind.OVERBILLED_UNITS))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isInstanceOfSatisfying(
					FindingDetail.OverbilledUnits.class, (over) -> assertThat(over.gap().amount()).isEmpty()));
	}

	@Test
	void reportsDuplicateCodesAsMerged() {
		assertThat(ofKind(
				findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97110", 10),
						ServiceLine.of("97140", 10).withModifiers("GP"), ServiceLine.of("97110", 10)),
				FindingKind.DUPLICATE_CODE_MERGED))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.lines()).containsExactly(0, 2);
				assertThat(finding.detail()).isEqualTo(new FindingDetail.DuplicateCodeMerged("97110", 2));
			});
	}

	@Test
	void reportsATimedCodeUnderEightMinutesBilledAUnitOnceSayingBoth() {
		List<Finding> findings = findings(PayerKind.MEDICARE_PART_B, ProviderType.PT,
				ServiceLine.of("97110", 5).withModifiers("GP").withBilledUnits(1));
		assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.TIMED_CODE_UNDER_8_MINUTES);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.detail()).isInstanceOfSatisfying(FindingDetail.TimedUnder8Minutes.class, (under) -> {
				assertThat(under.minutes()).isEqualTo(5);
				assertThat(under.billed()).hasValueSatisfying((gap) -> {
					assertThat(gap.billed()).isEqualTo(1);
					assertThat(gap.ruleUnits()).isZero();
					assertThat(gap.amount()).isPresent();
				});
			});
		});
	}

	@Test
	void notesATimedCodeUnderEightMinutesNotBilledWithoutAGap() {
		assertThat(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97110", 5).withBilledUnits(0)))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.detail())
					.isEqualTo(new FindingDetail.TimedUnder8Minutes("97110", 5, UnitRule.AMA, Optional.empty()));
			});
	}

	@Test
	void reportsOverbillingAboveTheMueOnceWhenTheRuleStaysWithinIt() {
		List<Finding> findings = findings(PayerKind.COMMERCIAL, ProviderType.PT,
				ServiceLine.of("97035", 15).withBilledUnits(3));
		assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.OVERBILLED_UNITS);
		assertThat(findings).singleElement()
			.satisfies((finding) -> assertThat(finding.detail())
				.isInstanceOfSatisfying(FindingDetail.OverbilledUnits.class, (over) -> {
					assertThat(over.gap().billed()).isEqualTo(3);
					assertThat(over.gap().ruleUnits()).isEqualTo(1);
					assertThat(over.mue()).hasValue(2);
				}));
	}

	@Test
	void keepsTheMueFindingWhenTheRuleItselfGivesMoreThanTheLimit() {
		List<Finding> findings = findings(PayerKind.COMMERCIAL, ProviderType.PT,
				ServiceLine.of("97035", 60).withBilledUnits(5));
		assertThat(findings).extracting(Finding::kind)
			.containsExactlyInAnyOrder(FindingKind.UNITS_ABOVE_MUE, FindingKind.OVERBILLED_UNITS);
		assertThat(ofKind(findings, FindingKind.OVERBILLED_UNITS)).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isInstanceOfSatisfying(
					FindingDetail.OverbilledUnits.class, (over) -> assertThat(over.mue()).isEmpty()));
	}

	@Test
	void reportsAMassageTherapistOnMedicareOnceInsteadOfEachCodeOutsideTheList() {
		List<Finding> findings = findings(PayerKind.MEDICARE_PART_B, ProviderType.LMT, ServiceLine.of("97124", 30),
				ServiceLine.of("97112", 15));
		assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.LMT_ON_MEDICARE);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.lines()).containsExactly(0, 1);
			assertThat(finding.detail()).isEqualTo(new FindingDetail.LmtOnMedicare(List.of("97124", "97112")));
		});
	}

	@Test
	void listsErrorsBeforeWarningsBeforeRemarks() {
		List<Finding> findings = findings(PayerKind.MEDICARE_PART_B, ProviderType.PTA,
				ServiceLine.untimed("97010").withModifiers("GP", "CQ"), ServiceLine.of("97110", 30));
		assertThat(findings).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
		assertThat(findings).extracting(Finding::severity).contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
	}

	@Test
	void cleanClaimHasNoFindings() {
		assertThat(findings(PayerKind.MEDICARE_PART_B, ProviderType.PT, ServiceLine.of("97110", 30).withModifiers("GP"),
				ServiceLine.of("97112", 15).withModifiers("GP").withBilledUnits(1)))
			.isEmpty();
	}

}
