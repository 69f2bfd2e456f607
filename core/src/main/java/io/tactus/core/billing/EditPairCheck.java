package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.billing.FindingDetail.EditPairProblem;

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
		Optional<String> regionA = first.bodyRegion();
		Optional<String> regionB = second.bodyRegion();
		Severity severity;
		EditPairProblem problem;
		if (pair.neverWithModifier()) {
			severity = Severity.ERROR;
			problem = EditPairProblem.NEVER_TOGETHER;
		}
		else if (pair.sameRegion()) {
			boolean known = regionA.isPresent() && regionB.isPresent();
			boolean sameRegion = !known || regionA.get().equals(regionB.get());
			if (!distinct && sameRegion) {
				severity = Severity.ERROR;
				problem = known ? EditPairProblem.SAME_REGION : EditPairProblem.REGIONS_NOT_RECORDED;
			}
			else if (!distinct) {
				severity = Severity.WARNING;
				problem = EditPairProblem.DIFFERENT_REGIONS_UNMARKED;
			}
			else if (known && sameRegion) {
				severity = Severity.WARNING;
				problem = EditPairProblem.DISTINCT_BUT_SAME_REGION;
			}
			else {
				return;
			}
		}
		else if (!distinct) {
			severity = (pair.status() == EditStatus.REPORTED) ? Severity.ERROR : Severity.WARNING;
			problem = EditPairProblem.NO_DISTINCT_MODIFIER;
		}
		else {
			return;
		}
		findings.add(new Finding(severity, List.of(first.code(), second.code()), lines,
				new FindingDetail.EditPairBilled(first.code(), second.code(), problem, regionA, regionB, pair)));
	}

}
