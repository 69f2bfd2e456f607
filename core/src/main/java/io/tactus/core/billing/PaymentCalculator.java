package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.MedicareStatus;
import io.tactus.core.money.Money;

/**
 * Computes the expected payment of a visit.
 *
 * <p>
 * Medicare: the date of service picks the year's CMS RVU file, conversion factor (CF) and
 * GPCI file. Per unit {@code (work × GPCIw + PE × GPCIpe × k + MP × GPCImp) × CF}, where
 * k is 1 for the single unit with the highest practice-expense payment among the units
 * whose CMS multiple-procedure indicator is 5 (therapy MPPR) and 0.5 for every other such
 * unit (PE ties go to the higher full amount, then the code entered first). Lines
 * furnished by an assistant (CQ or CO, or a PTA/OTA provider) are paid at 85%. Each line
 * is rounded half-up to cents ({@link Money}), then the lines are summed. The CMS status
 * of the code in that year decides whether it is priced at all: see
 * {@link MedicareStatus}.
 *
 * <p>
 * A code billed with other units than the rule gives is valued here and only here
 * ({@link #gap}): the visit is priced again with the billed units of that code, and the
 * gap is the difference of the two totals, so multiple-procedure and assistant reductions
 * apply exactly as they apply to the payment.
 */
final class PaymentCalculator {

	static final BigDecimal HALF = new BigDecimal("0.5");

	static final BigDecimal ASSISTANT_SHARE = new BigDecimal("0.85");

	private final RvuTable rvus;

	private final GpciTable gpcis;

	PaymentCalculator(RvuTable rvus, GpciTable gpcis) {
		this.rvus = Objects.requireNonNull(rvus, "rvus");
		this.gpcis = Objects.requireNonNull(gpcis, "gpcis");
	}

	static PaymentBasis basis(VisitClaim claim) {
		if (claim.payer() == PayerKind.MEDICARE_PART_B
				|| (claim.payer() == PayerKind.MEDICARE_ADVANTAGE && claim.feeSchedule().isEmpty())) {
			return PaymentBasis.MEDICARE_FEE_SCHEDULE;
		}
		return claim.feeSchedule().isPresent() ? PaymentBasis.CLINIC_FEE_SCHEDULE : PaymentBasis.NONE;
	}

	static boolean assistantLine(VisitClaim claim, UnitResult units, int entry) {
		if (claim.provider().isAssistant()) {
			return true;
		}
		List<ServiceLine> services = units.services();
		for (int line = 0; line < services.size(); line++) {
			if (units.entryOfLine(line) == entry) {
				ServiceLine service = services.get(line);
				if (service.hasModifier("CQ") || service.hasModifier("CO")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * An amount as users read it: dollars with thousands separators and cents, e.g.
	 * {@code $1,204.91}.
	 */
	static String dollars(BigDecimal amount) {
		return dollars(Money.of(amount));
	}

	static String dollars(Money amount) {
		return "$" + new java.text.DecimalFormat("#,##0.00",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
			.format(amount.amount());
	}

	/**
	 * The expected payment of a visit, with the value of every code billed with other
	 * units than the rule gives.
	 */
	ExpectedPayment expected(VisitClaim claim, UnitResult units) {
		ExpectedPayment payment = price(claim, units, ruleUnits(units));
		List<BillingGap> gaps = new ArrayList<>();
		for (int i = 0; i < units.entryCount(); i++) {
			gap(claim, units, i, payment).ifPresent(gaps::add);
		}
		return gaps.isEmpty() ? payment : payment.withGaps(gaps);
	}

	/**
	 * The billed units of one code against the rule's units, valued as the payer would
	 * pay the difference: the visit priced with the billed units of that code minus the
	 * visit priced with the rule's units, multiple-procedure and assistant reductions
	 * included. The one place a gap is valued.
	 * @return the gap, or empty when the units billed are unknown or agree with the rule
	 */
	Optional<BillingGap> gap(VisitClaim claim, UnitResult units, int entry) {
		OptionalInt billed = units.billedUnits(entry);
		if (billed.isEmpty() || billed.getAsInt() == units.units(entry)) {
			return Optional.empty();
		}
		return gap(claim, units, entry, price(claim, units, ruleUnits(units)));
	}

	private Optional<BillingGap> gap(VisitClaim claim, UnitResult units, int entry, ExpectedPayment payment) {
		OptionalInt billed = units.billedUnits(entry);
		int rule = units.units(entry);
		if (billed.isEmpty() || billed.getAsInt() == rule) {
			return Optional.empty();
		}
		int[] counts = ruleUnits(units);
		counts[entry] = billed.getAsInt();
		ExpectedPayment asBilled = price(claim, units, counts);
		Optional<Money> amount = Optional.empty();
		if (payment.lines().get(entry).hasRate() && asBilled.lines().get(entry).hasRate()) {
			amount = Optional.of(asBilled.knownTotal().minus(payment.knownTotal()).abs());
		}
		return Optional.of(new BillingGap(units.code(entry).code(), billed.getAsInt(), rule, amount));
	}

	private static int[] ruleUnits(UnitResult units) {
		int[] counts = new int[units.entryCount()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = units.units(i);
		}
		return counts;
	}

	private ExpectedPayment price(VisitClaim claim, UnitResult units, int[] counts) {
		PaymentBasis basis = basis(claim);
		if (basis == PaymentBasis.MEDICARE_FEE_SCHEDULE) {
			return medicare(claim, units, counts);
		}
		List<LinePayment> lines = new ArrayList<>();
		Money total = Money.zero();
		boolean complete = true;
		for (int i = 0; i < units.entryCount(); i++) {
			String code = units.code(i).code();
			int count = counts[i];
			Optional<BigDecimal> fee = claim.feeSchedule().flatMap((schedule) -> schedule.feeFor(code));
			if (count == 0) {
				lines.add(new LinePayment(code, 0, Optional.of(Money.zero()), "No units: nothing to pay."));
			}
			else if (fee.isPresent()) {
				Money amount = Money.of(fee.get().multiply(BigDecimal.valueOf(count)));
				total = total.plus(amount);
				lines.add(new LinePayment(code, count, Optional.of(amount),
						count + " × " + dollars(fee.get()) + " (clinic fee schedule) = " + dollars(amount) + "."));
			}
			else {
				complete = false;
				lines.add(new LinePayment(code, count, Optional.empty(),
						(basis == PaymentBasis.NONE) ? "No rate: no fee schedule was given for this payer."
								: "No rate: the fee schedule has no fee for " + code + "."));
			}
		}
		List<String> notes = new ArrayList<>();
		notes.add(
				(basis == PaymentBasis.NONE) ? "No fee schedule was given for this payer, so no amount can be expected."
						: "Clinic fee schedule " + claim.feeSchedule().get().label()
								+ ": fee per unit × units, rounded half-up to cents per line, then summed.");
		return new ExpectedPayment(basis, lines, total, complete, notes);
	}

	/**
	 * Whether the fee schedule gives the code a national amount: active, or restricted
	 * with RVUs.
	 */
	private static boolean priced(Rvu rvu) {
		return rvu.status() == MedicareStatus.ACTIVE || (rvu.status() == MedicareStatus.RESTRICTED && rvu.hasRvus());
	}

	/**
	 * The indices a Medicare claim is priced with (empty when its locality has no GPCIs
	 * for the year), and how to say so.
	 */
	private record Indices(Optional<Gpci> gpci, String description) {
	}

	private Indices indices(VisitClaim claim) {
		int year = claim.dateOfService().getYear();
		if (claim.locality().isPresent()) {
			LocalityId id = claim.locality().get();
			return this.gpcis.find(year, id)
				.map((locality) -> new Indices(Optional.of(locality.gpci()),
						"GPCIs of " + locality.label() + " for " + year + ": " + indexText(locality.gpci())))
				.orElseGet(() -> new Indices(Optional.empty(),
						"no " + year + " GPCIs are loaded for Medicare locality " + id.text()));
		}
		if (claim.gpci().isPresent()) {
			Gpci gpci = claim.gpci().get();
			return new Indices(Optional.of(gpci), "GPCIs entered by hand (" + gpci.locality() + "): " + indexText(gpci)
					+ ", the same for every year");
		}
		return new Indices(Optional.of(Gpci.national()), "national GPCIs (1.0)");
	}

	private static String indexText(Gpci gpci) {
		return "work " + gpci.work().toPlainString() + ", PE " + gpci.practiceExpense().toPlainString() + ", MP "
				+ gpci.malpractice().toPlainString();
	}

	private static BigDecimal unitRvus(Rvu rvu, Gpci gpci, BigDecimal peShare) {
		return rvu.work()
			.multiply(gpci.work())
			.add(rvu.practiceExpense().multiply(gpci.practiceExpense()).multiply(peShare))
			.add(rvu.malpractice().multiply(gpci.malpractice()));
	}

	private ExpectedPayment medicare(VisitClaim claim, UnitResult units, int[] counts) {
		int year = claim.dateOfService().getYear();
		Optional<BigDecimal> factor = this.rvus.conversionFactor(year);
		if (factor.isEmpty()) {
			return noSchedule(units, counts, year);
		}
		Indices indices = indices(claim);
		int count = units.entryCount();
		Rvu[] rvu = new Rvu[count];
		boolean[] mppr = new boolean[count];
		int mpprUnits = 0;
		for (int i = 0; i < count; i++) {
			if (counts[i] == 0) {
				continue;
			}
			rvu[i] = this.rvus.find(year, units.code(i).code()).orElse(null);
			if (rvu[i] != null && priced(rvu[i]) && rvu[i].therapyReduction()) {
				mppr[i] = true;
				mpprUnits += counts[i];
			}
		}
		int top = indices.gpci().isPresent() ? highestPracticeExpense(rvu, mppr, indices.gpci().get()) : -1;
		List<LinePayment> lines = new ArrayList<>();
		Money total = Money.zero();
		boolean complete = true;
		for (int i = 0; i < count; i++) {
			LinePayment line = medicareLine(claim, units, i, counts[i], factor.get(), indices, rvu[i], mppr[i],
					i == top);
			lines.add(line);
			if (line.amount().isPresent()) {
				total = total.plus(line.amount().get());
			}
			else {
				complete = false;
			}
		}
		List<String> notes = new ArrayList<>();
		notes.add("Medicare physician fee schedule " + year
				+ this.rvus.release(year).map((release) -> " (CMS " + release + ")").orElse("")
				+ ": conversion factor $" + factor.get().toPlainString() + "; " + indices.description() + ".");
		if (mpprUnits > 1 && top >= 0) {
			notes.add("Multiple procedure payment reduction: " + UnitText.units(mpprUnits)
					+ " of services that CMS marks for the therapy reduction (multiple-procedure indicator 5); "
					+ "the one unit with the highest practice expense (" + units.code(top).code()
					+ ") is paid in full, the practice expense of every other unit is halved.");
		}
		notes.add("Allowed amounts before the deductible and the 20% coinsurance; each line rounded half-up to "
				+ "cents, then summed.");
		return new ExpectedPayment(PaymentBasis.MEDICARE_FEE_SCHEDULE, lines, total, complete, notes);
	}

	private ExpectedPayment noSchedule(UnitResult units, int[] counts, int year) {
		String none = "No Medicare fee schedule loaded for " + year;
		List<LinePayment> lines = new ArrayList<>();
		boolean complete = true;
		for (int i = 0; i < units.entryCount(); i++) {
			String name = units.code(i).code();
			if (counts[i] == 0) {
				lines.add(new LinePayment(name, 0, Optional.of(Money.zero()), "No units: nothing to pay."));
			}
			else {
				complete = false;
				lines.add(new LinePayment(name, counts[i], Optional.empty(),
						"No rate: no Medicare fee schedule loaded for " + year + "."));
			}
		}
		List<String> years = this.rvus.years().stream().map(String::valueOf).toList();
		return new ExpectedPayment(PaymentBasis.MEDICARE_FEE_SCHEDULE, lines, Money.zero(), complete,
				List.of(none + (years.isEmpty() ? "." : "; the portal has the CMS files for " + UnitText.joinAnd(years)
						+ ", so Medicare lines of this visit have no rate.")));
	}

	private static int highestPracticeExpense(Rvu[] rvu, boolean[] mppr, Gpci gpci) {
		int top = -1;
		BigDecimal topPe = null;
		BigDecimal topFull = null;
		for (int i = 0; i < rvu.length; i++) {
			if (!mppr[i]) {
				continue;
			}
			BigDecimal pe = rvu[i].practiceExpense().multiply(gpci.practiceExpense());
			BigDecimal full = unitRvus(rvu[i], gpci, BigDecimal.ONE);
			int byPe = (topPe == null) ? 1 : pe.compareTo(topPe);
			if (byPe > 0 || (byPe == 0 && full.compareTo(topFull) > 0)) {
				top = i;
				topPe = pe;
				topFull = full;
			}
		}
		return top;
	}

	private LinePayment medicareLine(VisitClaim claim, UnitResult units, int i, int count, BigDecimal factor,
			Indices indices, Rvu rvu, boolean mppr, boolean top) {
		BillingCode code = units.code(i);
		String name = code.code();
		int year = claim.dateOfService().getYear();
		if (count == 0) {
			return new LinePayment(name, 0, Optional.of(Money.zero()), "No units: nothing to pay.");
		}
		if (rvu == null) {
			return new LinePayment(name, count, Optional.empty(), "No rate: " + name + " is not in the CMS " + year
					+ " fee schedule file" + this.rvus.release(year).map((r) -> " (" + r + ")").orElse("") + ".");
		}
		String restricted = "";
		switch (rvu.status()) {
			case BUNDLED -> {
				return new LinePayment(name, count, Optional.of(Money.zero()),
						"Medicare bundles " + name
								+ " (CMS status B): its payment is included in the other services of the day, so it is "
								+ "billed but paid $0.00.");
			}
			case NON_COVERED -> {
				return new LinePayment(name, count, Optional.of(Money.zero()), "Medicare does not cover " + name
						+ " (CMS status N): Medicare pays $0.00 for it; the service is the patient's to pay.");
			}
			case NOT_RECOGNISED -> {
				return new LinePayment(name, count, Optional.empty(), "No rate: Medicare does not accept " + name
						+ " (CMS status I, not valid for Medicare)"
						+ code.medicareReplacement().map((other) -> "; bill " + other + " instead.").orElse("."));
			}
			case CARRIER_PRICED -> {
				return new LinePayment(name, count, Optional.empty(),
						"No rate: " + name
								+ " is carrier-priced (CMS status C): there is no national amount; your Medicare "
								+ "Administrative Contractor (MAC) sets the price.");
			}
			case RESTRICTED -> {
				if (!rvu.hasRvus()) {
					return new LinePayment(name, count, Optional.empty(), "No rate: " + name
							+ " has restricted coverage (CMS status R) and no national RVUs: Medicare pays it only "
							+ "under special coverage rules, and then your Medicare Administrative Contractor (MAC) "
							+ "sets the price.");
				}
				restricted = " Restricted coverage (CMS status R): Medicare pays " + name
						+ " only under special coverage rules; check your MAC's policy before counting on this amount.";
			}
			case ACTIVE -> {
			}
		}
		if (indices.gpci().isEmpty()) {
			return new LinePayment(name, count, Optional.empty(), "No rate: " + indices.description() + ".");
		}
		Gpci gpci = indices.gpci().get();
		boolean assistant = assistantLine(claim, units, i);
		String share = assistant ? " × 85% (assistant, CQ/CO)" : "";
		int fullUnits = (!mppr || top) ? ((mppr) ? 1 : count) : 0;
		int reducedUnits = count - fullUnits;
		BigDecimal full = unitRvus(rvu, gpci, BigDecimal.ONE);
		BigDecimal reduced = unitRvus(rvu, gpci, HALF);
		BigDecimal amount = full.multiply(BigDecimal.valueOf(fullUnits))
			.add(reduced.multiply(BigDecimal.valueOf(reducedUnits)))
			.multiply(factor);
		String rvus = gpci.isNational()
				? "RVUs work " + rvu.work().toPlainString() + ", PE " + rvu.practiceExpense().toPlainString() + ", MP "
						+ rvu.malpractice().toPlainString()
				: "(work " + rvu.work().toPlainString() + " × " + gpci.work().toPlainString() + " + PE "
						+ rvu.practiceExpense().toPlainString() + " × " + gpci.practiceExpense().toPlainString()
						+ " + MP " + rvu.malpractice().toPlainString() + " × " + gpci.malpractice().toPlainString()
						+ ")";
		String how = rvus + " × $" + factor.toPlainString() + ": "
				+ ((fullUnits > 0) ? fullUnits + " at full practice expense" : "")
				+ ((fullUnits > 0 && reducedUnits > 0) ? ", " : "")
				+ ((reducedUnits > 0) ? reducedUnits + " with practice expense halved (MPPR)" : "");
		if (assistant) {
			amount = amount.multiply(ASSISTANT_SHARE);
		}
		Money rounded = Money.of(amount);
		return new LinePayment(name, count, Optional.of(rounded),
				UnitText.units(count) + "; " + how + share + " = " + dollars(rounded) + "." + restricted);
	}

}
