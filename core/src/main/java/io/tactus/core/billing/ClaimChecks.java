package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

	private final PaymentCalculator payment;

	ClaimChecks(EditPairs editPairs, PaymentCalculator payment) {
		this.editPairs = new EditPairCheck(editPairs);
		this.payment = Objects.requireNonNull(payment, "payment");
	}

	List<Finding> check(VisitClaim claim, UnitResult units) {
		List<Finding> findings = new ArrayList<>();
		this.editPairs.check(claim, units, findings);
		checkModifiers(claim, units, findings);
		checkCodes(claim, units, findings);
		checkMassageTherapist(claim, units, findings);
		checkBilledUnits(claim, units, findings);
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
				findings.add(Finding.of(FindingKind.MODIFIER_59_WITH_X, Severity.WARNING, line.code(), List.of(i),
						line.code() + " has 59 together with an X modifier; 59 is only for when no X modifier fits.",
						"Keep the X modifier and remove 59."));
			}
			if (!medicare || !code.alwaysTherapy() || !billed(units, line, units.entryOfLine(i))) {
				continue;
			}
			Severity severity = partB ? Severity.ERROR : Severity.WARNING;
			String expected = switch (provider) {
				case PT, PTA -> "GP";
				case OT, OTA -> "GO";
				default -> null;
			};
			boolean hasTherapy = line.hasModifier("GP") || line.hasModifier("GO") || line.hasModifier("GN");
			if (!hasTherapy) {
				findings.add(Finding.of(FindingKind.MISSING_THERAPY_MODIFIER, severity, line.code(), List.of(i),
						line.code() + " is an always-therapy code and Medicare needs GP, GO or GN to show the plan of "
								+ "care it was given under.",
						(expected != null) ? "Add " + expected + "."
								: "Add GP, GO or GN for the plan of care the service was given under."));
			}
			else if (expected != null && !line.hasModifier(expected)) {
				findings.add(Finding.of(FindingKind.WRONG_THERAPY_MODIFIER, Severity.WARNING, line.code(), List.of(i),
						line.code() + " was given by a " + provider + " but carries no " + expected + ".",
						"Use " + expected + " for " + provider + " services."));
			}
			if (provider.isAssistant()) {
				String assistant = (provider == ProviderType.PTA) ? "CQ" : "CO";
				if (!line.hasModifier(assistant)) {
					findings.add(Finding.of(FindingKind.MISSING_ASSISTANT_MODIFIER, severity, line.code(), List.of(i),
							line.code() + " was furnished by a " + provider + "; Medicare requires " + assistant
									+ " on it and pays such lines at 85% of the fee schedule.",
							"Add " + assistant + " (with " + expected + "), unless the assistant's own minutes "
									+ "were 10% of the service or less."));
					continue;
				}
			}
			if (line.hasModifier("CQ") || line.hasModifier("CO")) {
				findings.add(Finding.of(FindingKind.ASSISTANT_PAYMENT_REDUCTION, Severity.INFO, line.code(), List.of(i),
						line.code() + " carries " + (line.hasModifier("CQ") ? "CQ" : "CO")
								+ ": an assistant furnished it, so Medicare pays 85% of the fee schedule amount.",
						"No change needed; the expected payment already includes the reduction."));
			}
		}
	}

	private static void checkCodes(VisitClaim claim, UnitResult units, List<Finding> findings) {
		boolean medicare = claim.payer().isMedicare();
		for (int i = 0; i < units.entryCount(); i++) {
			BillingCode code = units.code(i);
			String name = code.code();
			OptionalInt billed = units.billedUnits(i);
			int toBill = billed.orElse(units.units(i));
			if (code.mue().isPresent() && toBill > code.mue().getAsInt()) {
				findings.add(Finding.of(FindingKind.UNITS_ABOVE_MUE, Severity.ERROR, name, units.linesOf(i),
						UnitText.units(toBill) + " of " + name + " exceed its medically unlikely edit of "
								+ code.mue().getAsInt() + " a day; the units above it are denied.",
						"Bill at most " + code.mue().getAsInt() + " units, or appeal with documentation."));
			}
			if (medicare && code.isMedicareBundled()) {
				findings.add(Finding.of(FindingKind.MEDICARE_BUNDLED_CODE, Severity.WARNING, name, units.linesOf(i),
						"Medicare bundles " + name + " (status B) into the other services: it is paid $0.",
						"Leave it off the claim, or bill it knowing it pays nothing; do not expect payment."));
			}
			if (medicare && code.isMedicareNotRecognised()) {
				findings.add(Finding.of(FindingKind.MEDICARE_UNRECOGNISED_CODE, Severity.ERROR, name, units.linesOf(i),
						"Medicare does not recognise " + name + "; the line will be denied.",
						code.medicareReplacement()
							.map((other) -> "Bill " + other + " instead.")
							.orElse("Use the code Medicare recognises for this service.")));
			}
			if (code.isTimed() && units.minutes(i) < 8 && units.units(i) == 0) {
				boolean billedAnyway = billed.isPresent() && billed.getAsInt() > 0;
				String rule = (units.rule() == UnitRule.CMS)
						? "Its minutes still counted toward the visit's pooled minutes, but they did not earn it a unit."
						: "Under the AMA rule each code needs 8 minutes of its own.";
				findings.add(Finding.of(FindingKind.TIMED_CODE_UNDER_8_MINUTES,
						billedAnyway ? Severity.ERROR : Severity.INFO, name, units.linesOf(i),
						name + " ran " + units.minutes(i) + " minutes, under 8: it cannot be billed on its own. "
								+ rule,
						billedAnyway ? "Remove the " + UnitText.units(billed.getAsInt()) + " billed for " + name + "."
								: "Record the minutes but do not bill " + name + "."));
			}
			if (units.lineCount(i) > 1) {
				findings.add(Finding.of(FindingKind.DUPLICATE_CODE_MERGED, Severity.INFO, name, units.linesOf(i),
						name + " was entered on " + units.lineCount(i)
								+ " lines; their minutes were added together and counted as one code.",
						"Bill " + name + " once for the day with the total units."));
			}
		}
	}

	private static void checkMassageTherapist(VisitClaim claim, UnitResult units, List<Finding> findings) {
		if (claim.provider() != ProviderType.LMT) {
			return;
		}
		List<String> all = new ArrayList<>();
		List<Integer> allLines = new ArrayList<>();
		for (int line = 0; line < claim.services().size(); line++) {
			allLines.add(line);
		}
		for (int i = 0; i < units.entryCount(); i++) {
			String name = units.code(i).code();
			all.add(name);
			if (!claim.lmtScope().allows(name)) {
				findings
					.add(Finding.of(FindingKind.LMT_CODE_OUTSIDE_SCOPE, Severity.WARNING, name, units.linesOf(i),
							name + " is not on the massage-therapist list for " + claim.lmtScope().label() + " ("
									+ String.join(", ", claim.lmtScope().allowedCodes().stream().sorted().toList())
									+ "); payers and state boards often deny it for a massage therapist.",
							"Check the state's scope of practice and the payer's policy, or have a PT/OT bill it."));
			}
		}
		if (claim.payer() == PayerKind.MEDICARE_PART_B && !all.isEmpty()) {
			findings.add(new Finding(FindingKind.LMT_ON_MEDICARE, Severity.ERROR, all, allLines,
					"Original Medicare does not recognise massage therapists as therapy providers; a massage therapist "
							+ "working under a PT counts as an aide, and aides cannot bill one-on-one services.",
					"Do not bill these services to Medicare Part B; bill the patient or a Medicare Advantage plan "
							+ "that covers massage."));
		}
	}

	private void checkBilledUnits(VisitClaim claim, UnitResult units, List<Finding> findings) {
		for (int i = 0; i < units.entryCount(); i++) {
			OptionalInt billed = units.billedUnits(i);
			if (billed.isEmpty() || billed.getAsInt() == units.units(i)) {
				continue;
			}
			String name = units.code(i).code();
			int difference = billed.getAsInt() - units.units(i);
			Optional<Money> value = this.payment.gap(claim, units, i).flatMap(BillingGap::amount);
			String money = value.map((amount) -> " (about " + PaymentCalculator.dollars(amount) + ")")
				.orElse(" (no rate known to value it)");
			String rule = (units.rule() == UnitRule.CMS) ? "the CMS 8-minute rule" : "the AMA midpoint rule";
			if (difference > 0) {
				findings.add(Finding.of(FindingKind.OVERBILLED_UNITS, Severity.ERROR, name, units.linesOf(i),
						name + " is billed for " + UnitText.units(billed.getAsInt()) + " but " + rule + " gives "
								+ UnitText.units(units.units(i)) + ": " + UnitText.units(difference) + " too many"
								+ money + ".",
						"Bill " + UnitText.units(units.units(i)) + " of " + name + "."));
			}
			else {
				findings.add(Finding.of(FindingKind.UNDERBILLED_UNITS, Severity.WARNING, name, units.linesOf(i),
						name + " is billed for " + UnitText.units(billed.getAsInt()) + " but " + rule + " gives "
								+ UnitText.units(units.units(i)) + ": " + UnitText.units(-difference) + " left unbilled"
								+ money + ".",
						"Bill " + UnitText.units(units.units(i)) + " of " + name
								+ " if the documentation supports the minutes."));
			}
		}
	}

}
