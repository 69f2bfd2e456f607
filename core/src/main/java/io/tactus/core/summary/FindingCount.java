package io.tactus.core.summary;

import java.util.List;
import java.util.Objects;

import io.tactus.core.billing.FindingKind;
import io.tactus.core.billing.Severity;

/**
 * How often the engine found one kind of problem, and in which visits.
 *
 * @param kind the kind of finding
 * @param worst the most serious severity seen for it
 * @param count the findings
 * @param visitIds the visits concerned, at most
 * {@link SummaryAccumulator#MAX_VISITS_PER_FINDING}
 * @param moreVisits how many further visits were left out of {@code visitIds}
 */
public record FindingCount(FindingKind kind, Severity worst, long count, List<Long> visitIds, long moreVisits) {

	public FindingCount {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(worst, "worst");
		visitIds = List.copyOf(visitIds);
	}

}
