package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;

/**
 * Checks a visit's claim and reports what a payer would deny, reduce or question.
 */
final class ClaimChecks {

	private final EditPairCheck editPairs;

	ClaimChecks(EditPairs editPairs) {
		this.editPairs = new EditPairCheck(editPairs);
	}

	/**
	 * The findings of a claim.
	 * @param claim the claim
	 * @param units its units under the applied rule
	 * @param payment its expected payment under that rule, whose gaps value the units
	 * billed against the rule's
	 * @return the findings, in the order the checks found them
	 */
	List<Finding> check(VisitClaim claim, UnitResult units, ExpectedPayment payment) {
		List<Finding> findings = new ArrayList<>();
		this.editPairs.check(claim, units, findings);
		checkModifiers(claim, units, findings);
		checkCodes(claim, units, payment, findings);
		checkMassageTherapist(claim, units, findings);
		checkBilledUnits(claim, units, payment, findings);
		return findings;
	}

	static boolean billed(UnitResult units, ServiceLine line, int entry) {
		OptionalInt billed = line.billedUnits();
		return billed.isPresent() ? billed.getAsInt() > 0 : units.units(entry) > 0;
	}

	private static void checkModifiers(VisitClaim claim, UnitResult units, List<Finding> findings) {
		boolean partB = claim.payer() == PayerKind.MEDICARE_PART_B;
		boolean medicare = claim.payer().isMedicare();
		ProviderType provider = claim.provider();
		List<ServiceLine> lines = claim.services();
		for (int i = 0; i < lines.size(); i++) {
			ServiceLine line = lines.get(i);
			BillingCode code = units.code(units.entryOfLine(i));
			if (line.hasModifier("59") && (line.hasModifier("XE") || line.hasModifier("XS") || line.hasModifier("XP")
					|| line.hasModifier("XU"))) {
				findings.add(Finding.of(Severity.WARNING, line.code(), List.of(i),
						new FindingDetail.Modifier59WithX(line.code())));
			}
			if (!medicare || lmtOnPartB(claim) || !code.alwaysTherapy() || !billed(units, line, units.entryOfLine(i))) {
				continue;
			}
			Severity severity = partB ? Severity.ERROR : Severity.WARNING;
			Optional<String> expected = switch (provider) {
				case PT, PTA -> Optional.of("GP");
				case OT, OTA -> Optional.of("GO");
				default -> Optional.empty();
			};
			boolean hasTherapy = line.hasModifier("GP") || line.hasModifier("GO") || line.hasModifier("GN");
			if (!hasTherapy) {
				findings.add(Finding.of(severity, line.code(), List.of(i),
						new FindingDetail.MissingTherapyModifier(line.code(), expected)));
			}
			else if (expected.isPresent() && !line.hasModifier(expected.get())) {
				findings.add(Finding.of(Severity.WARNING, line.code(), List.of(i),
						new FindingDetail.WrongTherapyModifier(line.code(), provider, expected.get())));
			}
			if (provider.isAssistant()) {
				String assistant = (provider == ProviderType.PTA) ? "CQ" : "CO";
				if (!line.hasModifier(assistant)) {
					findings
						.add(Finding.of(severity, line.code(), List.of(i), new FindingDetail.MissingAssistantModifier(
								line.code(), provider, assistant, expected.orElseThrow())));
					continue;
				}
			}
			if (line.hasModifier("CQ") || line.hasModifier("CO")) {
				findings
					.add(Finding.of(Severity.INFO, line.code(), List.of(i), new FindingDetail.AssistantPaymentReduction(
							line.code(), line.hasModifier("CQ") ? "CQ" : "CO")));
			}
		}
	}

	private static void checkCodes(VisitClaim claim, UnitResult units, ExpectedPayment payment,
			List<Finding> findings) {
		boolean medicare = claim.payer().isMedicare();
		for (int i = 0; i < units.entryCount(); i++) {
			BillingCode code = units.code(i);
			String name = code.code();
			OptionalInt billed = units.billedUnits(i);
			int toBill = billed.orElse(units.units(i));
			if (code.mue().isPresent() && toBill > code.mue().getAsInt() && !overbilledWithinMue(units, i)) {
				findings.add(Finding.of(Severity.ERROR, name, units.linesOf(i),
						new FindingDetail.UnitsAboveMue(name, toBill, code.mue().getAsInt())));
			}
			if (medicare && code.isMedicareBundled()) {
				findings
					.add(Finding.of(Severity.WARNING, name, units.linesOf(i), new FindingDetail.MedicareBundled(name)));
			}
			if (medicare && code.isMedicareNotRecognised()) {
				findings.add(Finding.of(Severity.ERROR, name, units.linesOf(i),
						new FindingDetail.MedicareUnrecognised(name, code.medicareReplacement())));
			}
			if (underEightMinutes(units, i)) {
				boolean billedAnyway = billed.isPresent() && billed.getAsInt() > 0;
				Optional<UnitGap> gap = billedAnyway ? Optional.of(gap(units, i, payment)) : Optional.empty();
				findings.add(Finding.of(billedAnyway ? Severity.ERROR : Severity.INFO, name, units.linesOf(i),
						new FindingDetail.TimedUnder8Minutes(name, units.minutes(i), units.rule(), gap)));
			}
			if (units.lineCount(i) > 1) {
				findings.add(Finding.of(Severity.INFO, name, units.linesOf(i),
						new FindingDetail.DuplicateCodeMerged(name, units.lineCount(i))));
			}
		}
	}

	/**
	 * Whether an entry is a timed code under 8 minutes that earned no unit; when it was
	 * billed anyway, its finding also reports the units billed, so no second finding
	 * reports them as overbilled.
	 */
	private static boolean underEightMinutes(UnitResult units, int entry) {
		return units.code(entry).isTimed() && units.minutes(entry) < 8 && units.units(entry) == 0;
	}

	/**
	 * Whether an entry is billed above the rule's units while the rule's units are within
	 * the medically unlikely edit: billing what the rule gives fixes both, so the
	 * overbilling finding reports the limit and no second finding is made for it.
	 */
	private static boolean overbilledWithinMue(UnitResult units, int entry) {
		OptionalInt billed = units.billedUnits(entry);
		OptionalInt mue = units.code(entry).mue();
		return billed.isPresent() && billed.getAsInt() > units.units(entry) && mue.isPresent()
				&& units.units(entry) <= mue.getAsInt() && (billed.getAsInt() > mue.getAsInt())
				&& !underEightMinutes(units, entry);
	}

	/**
	 * Whether a massage therapist bills Medicare Part B, which denies every line: one
	 * finding says so, and no finding asks for modifiers or scope the claim cannot use.
	 */
	private static boolean lmtOnPartB(VisitClaim claim) {
		return claim.provider() == ProviderType.LMT && claim.payer() == PayerKind.MEDICARE_PART_B;
	}

	private static void checkMassageTherapist(VisitClaim claim, UnitResult units, List<Finding> findings) {
		if (claim.provider() != ProviderType.LMT || units.entryCount() == 0) {
			return;
		}
		if (lmtOnPartB(claim)) {
			List<String> all = new ArrayList<>();
			for (int i = 0; i < units.entryCount(); i++) {
				all.add(units.code(i).code());
			}
			List<Integer> allLines = new ArrayList<>();
			for (int line = 0; line < claim.services().size(); line++) {
				allLines.add(line);
			}
			findings.add(new Finding(Severity.ERROR, all, allLines, new FindingDetail.LmtOnMedicare(all)));
			return;
		}
		for (int i = 0; i < units.entryCount(); i++) {
			String name = units.code(i).code();
			if (!claim.lmtScope().allows(name)) {
				findings.add(Finding.of(Severity.WARNING, name, units.linesOf(i), new FindingDetail.LmtCodeOutsideScope(
						name, claim.lmtScope().label(), List.copyOf(claim.lmtScope().allowedCodes()))));
			}
		}
	}

	private static void checkBilledUnits(VisitClaim claim, UnitResult units, ExpectedPayment payment,
			List<Finding> findings) {
		for (int i = 0; i < units.entryCount(); i++) {
			OptionalInt billed = units.billedUnits(i);
			if (billed.isEmpty() || billed.getAsInt() == units.units(i) || underEightMinutes(units, i)) {
				continue;
			}
			String name = units.code(i).code();
			UnitGap gap = gap(units, i, payment);
			if (gap.over()) {
				OptionalInt mue = overbilledWithinMue(units, i) ? units.code(i).mue() : OptionalInt.empty();
				findings.add(Finding.of(Severity.ERROR, name, units.linesOf(i),
						new FindingDetail.OverbilledUnits(name, gap, mue)));
			}
			else {
				findings.add(Finding.of(Severity.WARNING, name, units.linesOf(i),
						new FindingDetail.UnderbilledUnits(name, gap)));
			}
		}
	}

	/**
	 * The units billed for an entry against the rule's, valued by the payment's gap of
	 * that code (multiple-procedure and assistant reductions included).
	 */
	private static UnitGap gap(UnitResult units, int entry, ExpectedPayment payment) {
		Optional<Money> amount = payment.gap(units.code(entry).code()).flatMap(BillingGap::amount);
		return new UnitGap(units.billedUnits(entry).orElseThrow(), units.units(entry), units.rule(), amount);
	}

}
