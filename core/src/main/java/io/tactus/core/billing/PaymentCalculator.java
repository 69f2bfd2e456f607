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
				lines.add(new LinePayment(code, 0, Optional.of(Money.zero()), new PaymentReason.NoUnits()));
			}
			else if (fee.isPresent()) {
				Money amount = Money.of(fee.get().multiply(BigDecimal.valueOf(count)));
				total = total.plus(amount);
				lines.add(new LinePayment(code, count, Optional.of(amount),
						new PaymentReason.ClinicFee(count, Money.of(fee.get()), amount)));
			}
			else {
				complete = false;
				lines.add(new LinePayment(code, count, Optional.empty(), (basis == PaymentBasis.NONE)
						? new PaymentReason.NoFeeSchedule() : new PaymentReason.NoClinicFee(code)));
			}
		}
		PaymentNote note = (basis == PaymentBasis.NONE) ? new PaymentNote.NoFeeSchedule()
				: new PaymentNote.ClinicSchedule(claim.feeSchedule().get().label());
		return new ExpectedPayment(basis, lines, total, complete, List.of(note));
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
	 * for the year), and where they come from.
	 */
	private record Indices(Optional<Gpci> gpci, PaymentNote.Indices source) {
	}

	private Indices indices(VisitClaim claim) {
		int year = claim.dateOfService().getYear();
		if (claim.locality().isPresent()) {
			LocalityId id = claim.locality().get();
			return this.gpcis.find(year, id)
				.map((locality) -> new Indices(Optional.of(locality.gpci()), new PaymentNote.LocalityIndices(locality)))
				.orElseGet(() -> new Indices(Optional.empty(), new PaymentNote.MissingLocality(id)));
		}
		if (claim.gpci().isPresent()) {
			Gpci gpci = claim.gpci().get();
			return new Indices(Optional.of(gpci), new PaymentNote.EnteredIndices(gpci));
		}
		return new Indices(Optional.of(Gpci.national()), new PaymentNote.NationalIndices());
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
		List<PaymentNote> notes = new ArrayList<>();
		notes.add(new PaymentNote.MedicareSchedule(year, this.rvus.release(year), factor.get(), indices.source()));
		if (mpprUnits > 1 && top >= 0) {
			notes.add(new PaymentNote.MultipleProcedureReduction(mpprUnits, units.code(top).code()));
		}
		notes.add(new PaymentNote.AllowedAmounts());
		return new ExpectedPayment(PaymentBasis.MEDICARE_FEE_SCHEDULE, lines, total, complete, notes);
	}

	private ExpectedPayment noSchedule(UnitResult units, int[] counts, int year) {
		List<LinePayment> lines = new ArrayList<>();
		boolean complete = true;
		for (int i = 0; i < units.entryCount(); i++) {
			String name = units.code(i).code();
			if (counts[i] == 0) {
				lines.add(new LinePayment(name, 0, Optional.of(Money.zero()), new PaymentReason.NoUnits()));
			}
			else {
				complete = false;
				lines.add(
						new LinePayment(name, counts[i], Optional.empty(), new PaymentReason.NoMedicareSchedule(year)));
			}
		}
		List<Integer> years = this.rvus.years().stream().sorted().toList();
		return new ExpectedPayment(PaymentBasis.MEDICARE_FEE_SCHEDULE, lines, Money.zero(), complete,
				List.of(new PaymentNote.NoMedicareSchedule(year, years)));
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
			return new LinePayment(name, 0, Optional.of(Money.zero()), new PaymentReason.NoUnits());
		}
		if (rvu == null) {
			return new LinePayment(name, count, Optional.empty(),
					new PaymentReason.NotInFeeSchedule(name, year, this.rvus.release(year)));
		}
		switch (rvu.status()) {
			case BUNDLED -> {
				return new LinePayment(name, count, Optional.of(Money.zero()), new PaymentReason.Bundled(name));
			}
			case NON_COVERED -> {
				return new LinePayment(name, count, Optional.of(Money.zero()), new PaymentReason.NotCovered(name));
			}
			case NOT_RECOGNISED -> {
				return new LinePayment(name, count, Optional.empty(),
						new PaymentReason.NotRecognised(name, code.medicareReplacement()));
			}
			case CARRIER_PRICED -> {
				return new LinePayment(name, count, Optional.empty(), new PaymentReason.CarrierPriced(name));
			}
			case RESTRICTED -> {
				if (!rvu.hasRvus()) {
					return new LinePayment(name, count, Optional.empty(),
							new PaymentReason.RestrictedWithoutRvus(name));
				}
			}
			case ACTIVE -> {
			}
		}
		if (indices.gpci().isEmpty()) {
			LocalityId locality = claim.locality().orElseThrow();
			return new LinePayment(name, count, Optional.empty(), new PaymentReason.NoLocality(year, locality));
		}
		Gpci gpci = indices.gpci().get();
		boolean assistant = assistantLine(claim, units, i);
		int fullUnits = (!mppr || top) ? ((mppr) ? 1 : count) : 0;
		int reducedUnits = count - fullUnits;
		BigDecimal full = unitRvus(rvu, gpci, BigDecimal.ONE);
		BigDecimal reduced = unitRvus(rvu, gpci, HALF);
		BigDecimal amount = full.multiply(BigDecimal.valueOf(fullUnits))
			.add(reduced.multiply(BigDecimal.valueOf(reducedUnits)))
			.multiply(factor);
		if (assistant) {
			amount = amount.multiply(ASSISTANT_SHARE);
		}
		Money rounded = Money.of(amount);
		return new LinePayment(name, count, Optional.of(rounded),
				new PaymentReason.MedicareRate(name, count, rvu.work(), rvu.practiceExpense(), rvu.malpractice(), gpci,
						factor, fullUnits, reducedUnits, assistant, rounded,
						rvu.status() == MedicareStatus.RESTRICTED));
	}

}
