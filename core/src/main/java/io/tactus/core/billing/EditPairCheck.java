package io.tactus.core.billing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds edit pairs billed together without a distinct-service modifier.
 */
final class EditPairCheck {

	private static final String[] DISTINCT = { "59", "XE", "XS", "XP", "XU" };

	private final EditPairs editPairs;

	EditPairCheck(EditPairs editPairs) {
		this.editPairs = Objects.requireNonNull(editPairs, "editPairs");
	}

	static boolean hasDistinctModifier(ServiceLine line) {
		for (String modifier : DISTINCT) {
			if (line.hasModifier(modifier)) {
				return true;
			}
		}
		return false;
	}

	void check(VisitClaim claim, UnitResult units, List<Finding> findings) {
		List<ServiceLine> lines = claim.services();
		for (int a = 0; a < lines.size(); a++) {
			ServiceLine first = lines.get(a);
			if (!ClaimChecks.billed(units, first, units.entryOfLine(a))) {
				continue;
			}
			for (int b = a + 1; b < lines.size(); b++) {
				ServiceLine second = lines.get(b);
				if (first.code().equals(second.code()) || !ClaimChecks.billed(units, second, units.entryOfLine(b))) {
					continue;
				}
				Optional<EditPair> pair = this.editPairs.find(first.code(), second.code(), claim.dateOfService());
				if (pair.isPresent()) {
					editPairFinding(pair.get(), first, second, List.of(a, b), findings);
				}
			}
		}
	}

	private static void editPairFinding(EditPair pair, ServiceLine first, ServiceLine second, List<Integer> lines,
			List<Finding> findings) {
		boolean distinct = hasDistinctModifier(first) || hasDistinctModifier(second);
		List<String> codes = List.of(first.code(), second.code());
		String both = first.code() + " and " + second.code();
		String version = " (edit table " + pair.version() + ", " + pair.status().name().toLowerCase(Locale.ROOT) + ")";
		if (pair.neverWithModifier()) {
			findings.add(new Finding(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER, Severity.ERROR, codes, lines, both
					+ " cannot be paid together on the same day, even with a modifier. " + pair.note() + version + ".",
					"Bill only " + pair.column1() + "."));
			return;
		}
		if (pair.sameRegion()) {
			Optional<String> regionA = first.bodyRegion();
			Optional<String> regionB = second.bodyRegion();
			boolean known = regionA.isPresent() && regionB.isPresent();
			boolean sameRegion = !known || regionA.get().equals(regionB.get());
			if (!distinct && sameRegion) {
				findings.add(new Finding(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER, Severity.ERROR, codes, lines,
						both + (known ? " treat the same region (" + regionA.get() + "). "
								: " are billed together and the regions are not recorded. ") + pair.note() + version
								+ ".",
						"Bill " + pair.column2() + " only for a different region, with XS (or 59) and a diagnosis "
								+ "for that region; otherwise leave it off."));
			}
			else if (!distinct) {
				findings.add(new Finding(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER, Severity.WARNING, codes, lines,
						both + " treat different regions (" + regionA.get() + ", " + regionB.get()
								+ ") but no modifier says so" + version + ".",
						"Add XS (or 59) to " + pair.column2() + " and link the diagnosis for its region."));
			}
			else if (known && sameRegion) {
				findings.add(new Finding(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER, Severity.WARNING, codes, lines,
						both + " carry a distinct-service modifier but both treat " + regionA.get() + ". " + pair.note()
								+ version + ".",
						"Remove " + pair.column2() + " or correct its region; the modifier does not make the same "
								+ "region distinct."));
			}
			return;
		}
		if (!distinct) {
			Severity severity = (pair.status() == EditStatus.REPORTED) ? Severity.ERROR : Severity.WARNING;
			findings.add(new Finding(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER, severity, codes, lines,
					both + " are an edit pair billed without 59/XE/XS/XP/XU; without one only " + pair.column1()
							+ " is paid. " + pair.note() + version + ".",
					"If they were separate services, add XE, XS, XP or XU (or 59 when none fits) to " + pair.column2()
							+ " and document it; otherwise bill only " + pair.column1() + "."));
		}
	}

}
