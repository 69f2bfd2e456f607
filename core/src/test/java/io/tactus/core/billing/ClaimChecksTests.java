package io.tactus.core.billing;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.codes.ProviderType;
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
			assertThat(finding.explanation()).contains("tactus-2026.1");
			assertThat(finding.fix()).contains("XE, XS, XP or XU");
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
			.satisfies((finding) -> assertThat(finding.explanation()).contains("only 97150 is paid"));
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
		assertThat(ofKind(same, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
		List<Finding> unmodified = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("lumbar"));
		assertThat(ofKind(unmodified, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
	}

	@Test
	void asksForXsWhenManipulationAndManualTherapyTreatDifferentRegions() {
		List<Finding> without = findings(PayerKind.COMMERCIAL, ProviderType.DC,
				ServiceLine.untimed("98940").withBodyRegion("lumbar"),
				ServiceLine.of("97140", 15).withBodyRegion("shoulder"));
		assertThat(ofKind(without, FindingKind.EDIT_PAIR_WITHOUT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(finding.fix()).contains("XS"));
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
			.hasSize(1);
	}

	@Test
	void flagsUnitsAboveTheMue() {
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97035", 45)),
				FindingKind.UNITS_ABOVE_MUE))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.fix()).contains("at most 2 units"));
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97140", 120)),
				FindingKind.UNITS_ABOVE_MUE))
			.isEmpty();
	}

	@Test
	void flagsBundledAndUnrecognisedCodesOnMedicare() {
		List<Finding> findings = findings(PayerKind.MEDICARE_PART_B, ProviderType.PT,
				ServiceLine.untimed("97010").withModifiers("GP"), ServiceLine.untimed("97014").withModifiers("GP"));
		assertThat(ofKind(findings, FindingKind.MEDICARE_BUNDLED_CODE)).singleElement()
			.satisfies((finding) -> assertThat(finding.explanation()).contains("paid $0"));
		assertThat(ofKind(findings, FindingKind.MEDICARE_UNRECOGNISED_CODE)).singleElement()
			.satisfies((finding) -> assertThat(finding.fix()).isEqualTo("Bill G0283 instead."));
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
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
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
			.satisfies((finding) -> assertThat(finding.fix()).isEqualTo("Add GO."));
		assertThat(ofKind(
				findings(PayerKind.MEDICARE_PART_B, ProviderType.PT, ServiceLine.of("97530", 30).withModifiers("GO")),
				FindingKind.WRONG_THERAPY_MODIFIER))
			.hasSize(1);
		assertThat(ofKind(findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97530", 30)),
				FindingKind.MISSING_THERAPY_MODIFIER))
			.isEmpty();
	}

	@Test
	void flagsAssistantLineWithoutCqAndNotesTheReduction() {
		List<Finding> missing = findings(PayerKind.MEDICARE_PART_B, ProviderType.PTA,
				ServiceLine.of("97110", 30).withModifiers("GP"));
		assertThat(ofKind(missing, FindingKind.MISSING_ASSISTANT_MODIFIER)).singleElement()
			.satisfies((finding) -> assertThat(finding.explanation()).contains("CQ").contains("85%"));
		List<Finding> present = findings(PayerKind.MEDICARE_PART_B, ProviderType.OTA,
				ServiceLine.of("97530", 30).withModifiers("GO", "CO"));
		assertThat(ofKind(present, FindingKind.MISSING_ASSISTANT_MODIFIER)).isEmpty();
		assertThat(ofKind(present, FindingKind.ASSISTANT_PAYMENT_REDUCTION)).singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
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
				assertThat(finding.explanation()).contains("billed for 3 units")
					.contains("gives 2 units")
					.contains("1 unit too many")
					// the third unit is paid with its practice expense halved (MPPR):
					// 3 units $73.48 - 2 units $51.27, not the full unit rate $29.06
					.contains("$22.21");
			});
	}

	@Test
	void flagsUnderbillingInUnitsAndDollars() {
		VisitClaim claim = VisitClaim
			.of(DAY, PayerKind.COMMERCIAL, ProviderType.PT, List.of(ServiceLine.of("97110", 38).withBilledUnits(1)))
			.withFeeSchedule(FeeSchedule.of("clinic", java.util.Map.of("97110", new java.math.BigDecimal("40"))));
		assertThat(ofKind(findings(claim), FindingKind.UNDERBILLED_UNITS)).singleElement()
			.satisfies((finding) -> assertThat(finding.explanation()).contains("2 units left unbilled")
				.contains("$80.00"));
	}

	@Test
	void valuesMismatchWithoutRateAsUnknown() {
		assertThat(ofKind(findings(PayerKind.CASH, ProviderType.PT, ServiceLine.of("97110", 8).withBilledUnits(2)),
				FindingKind.OVERBILLED_UNITS))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.explanation()).contains("no rate known"));
	}

	@Test
	void reportsDuplicateCodesAsMerged() {
		assertThat(ofKind(
				findings(PayerKind.COMMERCIAL, ProviderType.PT, ServiceLine.of("97110", 10),
						ServiceLine.of("97140", 10).withModifiers("GP"), ServiceLine.of("97110", 10)),
				FindingKind.DUPLICATE_CODE_MERGED))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.lines()).containsExactly(0, 2));
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
