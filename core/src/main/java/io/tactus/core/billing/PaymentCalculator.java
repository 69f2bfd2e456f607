package io.tactus.core.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.codes.BillingCode;

/**
 * Computes the expected payment of a visit.
 *
 * <p>
 * Medicare: per unit {@code (work × GPCIw + PE × GPCIpe × k + MP × GPCImp) × CF}, where k
 * is 1 for the single unit with the highest practice-expense payment among the "always
 * therapy" units of the day and 0.5 for every other such unit (MPPR; PE ties go to the
 * higher full amount, then the code entered first). Lines furnished by an assistant (CQ
 * or CO, or a PTA/OTA provider) are paid at 85%. Each line is rounded half-up to cents,
 * then the lines are summed.
 */
final class PaymentCalculator {

	static final BigDecimal HALF = new BigDecimal("0.5");

	static final BigDecimal ASSISTANT_SHARE = new BigDecimal("0.85");

	private final RvuTable rvus;

	PaymentCalculator(RvuTable rvus) {
		this.rvus = Objects.requireNonNull(rvus, "rvus");
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

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * An amount as users read it: dollars with thousands separators and cents, e.g.
	 * {@code $1,204.91}.
	 */
	static String dollars(BigDecimal amount) {
		return "$" + new java.text.DecimalFormat("#,##0.00",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
			.format(cents(amount));
	}

	ExpectedPayment expected(VisitClaim claim, UnitResult units) {
		PaymentBasis basis = basis(claim);
		if (basis == PaymentBasis.MEDICARE_FEE_SCHEDULE) {
			return medicare(claim, units);
		}
		List<LinePayment> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		boolean complete = true;
		for (int i = 0; i < units.entryCount(); i++) {
			String code = units.code(i).code();
			int count = units.units(i);
			Optional<BigDecimal> fee = claim.feeSchedule().flatMap((schedule) -> schedule.feeFor(code));
			if (count == 0) {
				lines.add(new LinePayment(code, 0, Optional.of(cents(BigDecimal.ZERO)), "No units: nothing to pay."));
			}
			else if (fee.isPresent()) {
				BigDecimal amount = cents(fee.get().multiply(BigDecimal.valueOf(count)));
				total = total.add(amount);
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
	 * The expected payment of one more or one fewer unit of a code, before any multiple
	 * procedure reduction.
	 */
	Optional<BigDecimal> unitRate(VisitClaim claim, UnitResult units, int entry) {
		BillingCode code = units.code(entry);
		PaymentBasis basis = basis(claim);
		if (basis == PaymentBasis.CLINIC_FEE_SCHEDULE) {
			return claim.feeSchedule().get().feeFor(code.code()).map(PaymentCalculator::cents);
		}
		if (basis == PaymentBasis.NONE || code.isMedicareNotRecognised()) {
			return Optional.empty();
		}
		if (code.isMedicareBundled()) {
			return Optional.of(cents(BigDecimal.ZERO));
		}
		int year = claim.dateOfService().getYear();
		Optional<BigDecimal> factor = this.rvus.conversionFactor(year);
		Optional<Rvu> rvu = this.rvus.find(year, code.code());
		if (factor.isEmpty() || rvu.isEmpty()) {
			return Optional.empty();
		}
		Gpci gpci = claim.gpci().orElse(Gpci.national());
		BigDecimal amount;
		if (rvu.get().hasParts()) {
			amount = unitRvus(rvu.get(), gpci, BigDecimal.ONE).multiply(factor.get());
		}
		else if (rvu.get().total().isPresent() && gpci.isNational()) {
			amount = rvu.get().total().get().multiply(factor.get());
		}
		else {
			return Optional.empty();
		}
		return Optional.of(cents(assistantLine(claim, units, entry) ? amount.multiply(ASSISTANT_SHARE) : amount));
	}

	private static BigDecimal unitRvus(Rvu rvu, Gpci gpci, BigDecimal peShare) {
		return rvu.work()
			.get()
			.multiply(gpci.work())
			.add(rvu.practiceExpense().get().multiply(gpci.practiceExpense()).multiply(peShare))
			.add(rvu.malpractice().get().multiply(gpci.malpractice()));
	}

	private ExpectedPayment medicare(VisitClaim claim, UnitResult units) {
		int year = claim.dateOfService().getYear();
		Optional<BigDecimal> factor = this.rvus.conversionFactor(year);
		Gpci gpci = claim.gpci().orElse(Gpci.national());
		int count = units.entryCount();
		Rvu[] rvu = new Rvu[count];
		boolean[] mppr = new boolean[count];
		int mpprUnits = 0;
		List<String> unknownPe = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			BillingCode code = units.code(i);
			if (units.units(i) == 0 || code.isMedicareBundled() || code.isMedicareNotRecognised()) {
				continue;
			}
			rvu[i] = this.rvus.find(year, code.code()).orElse(null);
			if (code.alwaysTherapy()) {
				mppr[i] = true;
				mpprUnits += units.units(i);
				if (rvu[i] == null || !rvu[i].hasParts()) {
					unknownPe.add(code.code());
				}
			}
		}
		int top = highestPracticeExpense(units, rvu, mppr, gpci);
		List<LinePayment> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		boolean complete = true;
		for (int i = 0; i < count; i++) {
			LinePayment line = medicareLine(claim, units, i, factor, gpci, rvu[i], mppr[i], i == top, mpprUnits);
			lines.add(line);
			if (line.amount().isPresent()) {
				total = total.add(line.amount().get());
			}
			else {
				complete = false;
			}
		}
		List<String> notes = new ArrayList<>();
		notes.add("Medicare physician fee schedule " + year + ": "
				+ factor.map((cf) -> "conversion factor $" + cf.toPlainString())
					.orElse("no conversion factor known for " + year)
				+ ", GPCI " + (gpci.isNational() ? "national (1.0)" : gpci.locality()) + ".");
		if (mpprUnits > 1) {
			notes.add("Multiple procedure payment reduction: " + UnitText.units(mpprUnits)
					+ " of always-therapy services; the one unit with the highest practice expense"
					+ ((top >= 0) ? " (" + units.code(top).code() + ")" : "")
					+ " is paid in full, the practice expense of every other unit is halved.");
		}
		if (!unknownPe.isEmpty() && mpprUnits > 1) {
			notes.add("The practice-expense share of " + UnitText.joinAnd(unknownPe)
					+ " is not known, so the reduction cannot be applied to it and it has no rate; the ranking of the "
					+ "other codes assumes none of them has a higher practice expense.");
		}
		notes.add("Allowed amounts before the deductible and the 20% coinsurance; each line rounded half-up to "
				+ "cents, then summed.");
		return new ExpectedPayment(PaymentBasis.MEDICARE_FEE_SCHEDULE, lines, total, complete, notes);
	}

	private static int highestPracticeExpense(UnitResult units, Rvu[] rvu, boolean[] mppr, Gpci gpci) {
		int top = -1;
		BigDecimal topPe = null;
		BigDecimal topFull = null;
		for (int i = 0; i < rvu.length; i++) {
			if (!mppr[i] || rvu[i] == null || !rvu[i].hasParts()) {
				continue;
			}
			BigDecimal pe = rvu[i].practiceExpense().get().multiply(gpci.practiceExpense());
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

	private static LinePayment medicareLine(VisitClaim claim, UnitResult units, int i, Optional<BigDecimal> factor,
			Gpci gpci, Rvu rvu, boolean mppr, boolean top, int mpprUnits) {
		BillingCode code = units.code(i);
		int count = units.units(i);
		String name = code.code();
		int year = claim.dateOfService().getYear();
		if (count == 0) {
			return new LinePayment(name, 0, Optional.of(cents(BigDecimal.ZERO)), "No units: nothing to pay.");
		}
		if (code.isMedicareBundled()) {
			return new LinePayment(name, count, Optional.of(cents(BigDecimal.ZERO)),
					"Medicare bundles " + name + " (status B): it is billed but paid $0.00.");
		}
		if (code.isMedicareNotRecognised()) {
			return new LinePayment(name, count, Optional.empty(), "No rate: Medicare does not recognise " + name
					+ code.medicareReplacement().map((other) -> "; bill " + other + " instead.").orElse("."));
		}
		if (factor.isEmpty()) {
			return new LinePayment(name, count, Optional.empty(),
					"No rate: no conversion factor known for " + year + ".");
		}
		if (rvu == null) {
			return new LinePayment(name, count, Optional.empty(),
					"No rate: no " + year + " RVUs known for " + name + ".");
		}
		boolean assistant = assistantLine(claim, units, i);
		String share = assistant ? " × 85% (assistant, CQ/CO)" : "";
		BigDecimal amount;
		String how;
		if (rvu.hasParts()) {
			int fullUnits = (!mppr || top) ? ((mppr) ? 1 : count) : 0;
			int reducedUnits = count - fullUnits;
			BigDecimal full = unitRvus(rvu, gpci, BigDecimal.ONE);
			BigDecimal reduced = unitRvus(rvu, gpci, HALF);
			amount = full.multiply(BigDecimal.valueOf(fullUnits))
				.add(reduced.multiply(BigDecimal.valueOf(reducedUnits)))
				.multiply(factor.get());
			how = "RVUs work " + rvu.work().get().toPlainString() + ", PE "
					+ rvu.practiceExpense().get().toPlainString() + ", MP " + rvu.malpractice().get().toPlainString()
					+ " × $" + factor.get().toPlainString() + ": "
					+ ((fullUnits > 0) ? fullUnits + " at full practice expense" : "")
					+ ((fullUnits > 0 && reducedUnits > 0) ? ", " : "")
					+ ((reducedUnits > 0) ? reducedUnits + " with practice expense halved (MPPR)" : "");
		}
		else if (rvu.total().isPresent() && gpci.isNational() && (!mppr || mpprUnits == 1)) {
			amount = rvu.total().get().multiply(BigDecimal.valueOf(count)).multiply(factor.get());
			how = "total RVU " + rvu.total().get().toPlainString() + " × $" + factor.get().toPlainString()
					+ " (only the total is known; no reduction applies to a single unit)";
		}
		else {
			String why = (rvu.total().isEmpty()) ? "only part of its RVUs is known"
					: (!gpci.isNational()) ? "only its total RVU is known, which cannot be adjusted for a locality"
							: "only its total RVU is known, and the multiple procedure reduction needs the "
									+ "practice-expense share";
			return new LinePayment(name, count, Optional.empty(), "No rate: " + why + ".");
		}
		if (assistant) {
			amount = amount.multiply(ASSISTANT_SHARE);
		}
		BigDecimal rounded = cents(amount);
		return new LinePayment(name, count, Optional.of(rounded),
				UnitText.units(count) + "; " + how + share + " = " + dollars(rounded) + ".");
	}

}
