package io.tactus.core.summary;

import java.util.List;
import java.util.Objects;

/**
 * A clinic's billing summary over a range of dates.
 *
 * @param total all visits
 * @param byCode one row per code (visits that have the code, its units and revenue)
 * @param byTherapist one row per therapist
 * @param byPayer one row per payer, CMS and AMA side by side
 * @param findings the findings by kind, most frequent first
 * @param gaps under- and over-billing
 * @param series one row per period (key: the period's first day, ISO)
 */
public record ClinicSummary(SummaryRow total, List<SummaryRow> byCode, List<SummaryRow> byTherapist,
		List<PayerRow> byPayer, List<FindingCount> findings, BillingGaps gaps, List<SummaryRow> series) {

	public ClinicSummary {
		Objects.requireNonNull(total, "total");
		byCode = List.copyOf(byCode);
		byTherapist = List.copyOf(byTherapist);
		byPayer = List.copyOf(byPayer);
		findings = List.copyOf(findings);
		Objects.requireNonNull(gaps, "gaps");
		series = List.copyOf(series);
	}

	/**
	 * The count of one kind of finding.
	 * @param kind the kind
	 * @return the count, 0 when none
	 */
	public long count(io.tactus.core.billing.FindingKind kind) {
		for (FindingCount finding : this.findings) {
			if (finding.kind() == kind) {
				return finding.count();
			}
		}
		return 0;
	}

}
