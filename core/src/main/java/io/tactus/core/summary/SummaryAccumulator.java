package io.tactus.core.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.BillingGap;
import io.tactus.core.billing.Finding;
import io.tactus.core.billing.FindingKind;
import io.tactus.core.billing.LinePayment;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.Severity;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.money.Money;

/**
 * Summarises visits one at a time, keeping only running totals (so a million lines fit in
 * a small heap). Each visit is evaluated under both unit rules; the payer's rule gives
 * the units and revenue, the other one the side-by-side comparison. Not thread-safe: one
 * per summary.
 */
public final class SummaryAccumulator {

	/** The most visit ids kept per kind of finding, for drill-down. */
	public static final int MAX_VISITS_PER_FINDING = 500;

	private final BillingEngine engine;

	private final Period period;

	private final Tally total = new Tally("total");

	private final Map<String, Tally> byCode = new HashMap<>();

	private final Map<String, Tally> byTherapist = new HashMap<>();

	private final Map<String, PayerTally> byPayer = new HashMap<>();

	private final Map<LocalDate, Tally> series = new TreeMap<>();

	private final Map<FindingKind, FindingTally> findings = new EnumMap<>(FindingKind.class);

	private final Gaps gaps = new Gaps();

	private SummaryAccumulator(BillingEngine engine, Period period) {
		this.engine = Objects.requireNonNull(engine, "engine");
		this.period = Objects.requireNonNull(period, "period");
	}

	/**
	 * An empty summary.
	 * @param engine the billing engine
	 * @param period how the time series is grouped
	 * @return the accumulator
	 */
	public static SummaryAccumulator of(BillingEngine engine, Period period) {
		return new SummaryAccumulator(engine, period);
	}

	/**
	 * Evaluates a visit and adds it to the totals.
	 * @param visit the visit
	 * @return the evaluation under the payer's rule
	 * @throws io.tactus.core.billing.InvalidServiceException when the visit cannot be
	 * evaluated
	 */
	public VisitEvaluation add(SummaryVisit visit) {
		VisitClaim claim = visit.claim();
		UnitRule applied = claim.effectiveUnitRule();
		VisitEvaluation cms = this.engine.evaluate(claim.withUnitRule(UnitRule.CMS));
		VisitEvaluation ama = this.engine.evaluate(claim.withUnitRule(UnitRule.AMA));
		VisitEvaluation evaluation = (applied == UnitRule.CMS) ? cms : ama;
		int units = evaluation.appliedUnits().totalUnits();
		Money revenue = evaluation.payment().knownTotal();
		boolean unpriced = !evaluation.payment().complete();
		this.total.add(units, revenue, unpriced);
		this.byTherapist.computeIfAbsent(visit.therapist(), Tally::new).add(units, revenue, unpriced);
		this.series.computeIfAbsent(this.period.bucketStart(claim.dateOfService()), (d) -> new Tally(d.toString()))
			.add(units, revenue, unpriced);
		this.byPayer.computeIfAbsent(visit.payer(), (name) -> new PayerTally(name, claim.payer(), applied))
			.add(cms, ama);
		for (LinePayment line : evaluation.payment().lines()) {
			Money amount = line.amount().orElse(Money.zero());
			this.byCode.computeIfAbsent(line.code(), Tally::new).add(line.units(), amount, line.amount().isEmpty());
		}
		countFindings(visit.id(), evaluation);
		countGaps(evaluation);
		return evaluation;
	}

	private void countFindings(long visitId, VisitEvaluation evaluation) {
		Set<FindingKind> seen = null;
		for (Finding finding : evaluation.findings()) {
			FindingTally tally = this.findings.computeIfAbsent(finding.kind(), FindingTally::new);
			tally.count++;
			if (finding.severity().ordinal() < tally.worst.ordinal()) {
				tally.worst = finding.severity();
			}
			if (seen == null) {
				seen = new HashSet<>();
			}
			if (seen.add(finding.kind())) {
				tally.visit(visitId);
			}
		}
	}

	private void countGaps(VisitEvaluation evaluation) {
		boolean over = false;
		boolean under = false;
		for (BillingGap gap : evaluation.payment().gaps()) {
			Money dollars = gap.amount().orElse(Money.zero());
			if (gap.overbilled()) {
				over = true;
				this.gaps.overUnits += gap.units();
				this.gaps.overDollars = this.gaps.overDollars.plus(dollars);
			}
			else {
				under = true;
				this.gaps.underUnits += gap.units();
				this.gaps.underDollars = this.gaps.underDollars.plus(dollars);
			}
		}
		this.gaps.overVisits += over ? 1 : 0;
		this.gaps.underVisits += under ? 1 : 0;
	}

	/**
	 * The summary of the visits added so far.
	 * @return the summary
	 */
	public ClinicSummary summary() {
		Comparator<SummaryRow> byUnits = Comparator.comparingLong(SummaryRow::units)
			.reversed()
			.thenComparing(SummaryRow::key);
		List<PayerRow> payers = new ArrayList<>();
		this.byPayer.values().forEach((payer) -> payers.add(payer.row()));
		payers.sort(Comparator.comparingLong(PayerRow::visits).reversed().thenComparing(PayerRow::payer));
		List<FindingCount> counts = new ArrayList<>();
		this.findings.values().forEach((finding) -> counts.add(finding.row()));
		counts.sort(Comparator.comparing(FindingCount::worst)
			.thenComparing(Comparator.comparingLong(FindingCount::count).reversed()));
		return new ClinicSummary(this.total.row(), rows(this.byCode, byUnits), rows(this.byTherapist, byUnits), payers,
				counts,
				new BillingGaps(this.gaps.overVisits, this.gaps.overUnits, this.gaps.overDollars, this.gaps.underVisits,
						this.gaps.underUnits, this.gaps.underDollars),
				this.series.values().stream().map(Tally::row).toList());
	}

	private static List<SummaryRow> rows(Map<String, Tally> tallies, Comparator<SummaryRow> order) {
		List<SummaryRow> rows = new ArrayList<>();
		tallies.values().forEach((tally) -> rows.add(tally.row()));
		rows.sort(order);
		return rows;
	}

	private static final class Tally {

		private final String key;

		private long visits;

		private long units;

		private Money revenue = Money.zero();

		private long unpriced;

		Tally(String key) {
			this.key = key;
		}

		void add(int units, Money revenue, boolean unpriced) {
			this.visits++;
			this.units += units;
			this.revenue = this.revenue.plus(revenue);
			this.unpriced += unpriced ? 1 : 0;
		}

		SummaryRow row() {
			return new SummaryRow(this.key, this.visits, this.units, this.revenue, this.unpriced);
		}

	}

	private static final class PayerTally {

		private final String name;

		private final PayerKind kind;

		private final UnitRule rule;

		private long visits;

		private long cmsUnits;

		private long amaUnits;

		private Money cmsRevenue = Money.zero();

		private Money amaRevenue = Money.zero();

		PayerTally(String name, PayerKind kind, UnitRule rule) {
			this.name = name;
			this.kind = kind;
			this.rule = rule;
		}

		void add(VisitEvaluation cms, VisitEvaluation ama) {
			this.visits++;
			this.cmsUnits += cms.appliedUnits().totalUnits();
			this.amaUnits += ama.appliedUnits().totalUnits();
			this.cmsRevenue = this.cmsRevenue.plus(cms.payment().knownTotal());
			this.amaRevenue = this.amaRevenue.plus(ama.payment().knownTotal());
		}

		PayerRow row() {
			return new PayerRow(this.name, this.kind, this.rule, this.visits, this.cmsUnits, this.amaUnits,
					this.cmsRevenue, this.amaRevenue);
		}

	}

	private static final class FindingTally {

		private final FindingKind kind;

		private Severity worst = Severity.INFO;

		private long count;

		private final List<Long> visits = new ArrayList<>();

		private long more;

		FindingTally(FindingKind kind) {
			this.kind = kind;
		}

		void visit(long id) {
			if (this.visits.size() < MAX_VISITS_PER_FINDING) {
				this.visits.add(id);
			}
			else {
				this.more++;
			}
		}

		FindingCount row() {
			return new FindingCount(this.kind, this.worst, this.count, this.visits, this.more);
		}

	}

	private static final class Gaps {

		private long overVisits;

		private long overUnits;

		private Money overDollars = Money.zero();

		private long underVisits;

		private long underUnits;

		private Money underDollars = Money.zero();

	}

}
