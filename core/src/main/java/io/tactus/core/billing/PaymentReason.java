package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import io.tactus.core.money.Money;

/**
 * How the amount of one line of an expected payment was found, or why there is none, as
 * typed values; the web layer words it from its message bundle.
 */
public sealed interface PaymentReason {

	private static void positive(int units) {
		if (units < 1) {
			throw new IllegalArgumentException("Units must be positive: " + units);
		}
	}

	private static String requireCode(String code) {
		Objects.requireNonNull(code, "code");
		if (code.isBlank()) {
			throw new IllegalArgumentException("Code cannot be blank");
		}
		return code;
	}

	/**
	 * The line has no units, so nothing is paid.
	 */
	record NoUnits() implements PaymentReason {
	}

	/**
	 * Clinic fee schedule: fee per unit × units.
	 *
	 * @param units the units paid
	 * @param fee the fee per unit
	 * @param amount the line amount
	 */
	record ClinicFee(int units, Money fee, Money amount) implements PaymentReason {

		public ClinicFee {
			positive(units);
			Objects.requireNonNull(fee, "fee");
			Objects.requireNonNull(amount, "amount");
		}

	}

	/**
	 * No rate: no fee schedule was given for the payer.
	 */
	record NoFeeSchedule() implements PaymentReason {
	}

	/**
	 * No rate: the clinic fee schedule has no fee for the code.
	 *
	 * @param code the code
	 */
	record NoClinicFee(String code) implements PaymentReason {

		public NoClinicFee {
			requireCode(code);
		}

	}

	/**
	 * No rate: no Medicare fee schedule is loaded for the year.
	 *
	 * @param year the year of service
	 */
	record NoMedicareSchedule(int year) implements PaymentReason {
	}

	/**
	 * No rate: the code is not in the year's CMS fee schedule file.
	 *
	 * @param code the code
	 * @param year the year of service
	 * @param release the CMS release of the file, when known (e.g. {@code RVU26A})
	 */
	record NotInFeeSchedule(String code, int year, Optional<String> release) implements PaymentReason {

		public NotInFeeSchedule {
			requireCode(code);
			Objects.requireNonNull(release, "release");
		}

	}

	/**
	 * Medicare bundles the code (CMS status B): billed but paid $0.
	 *
	 * @param code the code
	 */
	record Bundled(String code) implements PaymentReason {

		public Bundled {
			requireCode(code);
		}

	}

	/**
	 * Medicare does not cover the code (CMS status N): paid $0, the patient pays.
	 *
	 * @param code the code
	 */
	record NotCovered(String code) implements PaymentReason {

		public NotCovered {
			requireCode(code);
		}

	}

	/**
	 * No rate: Medicare does not accept the code (CMS status I).
	 *
	 * @param code the code
	 * @param replacement the code Medicare takes instead, when there is one
	 */
	record NotRecognised(String code, Optional<String> replacement) implements PaymentReason {

		public NotRecognised {
			requireCode(code);
			Objects.requireNonNull(replacement, "replacement");
		}

	}

	/**
	 * No rate: the code is carrier-priced (CMS status C); the MAC sets the price.
	 *
	 * @param code the code
	 */
	record CarrierPriced(String code) implements PaymentReason {

		public CarrierPriced {
			requireCode(code);
		}

	}

	/**
	 * No rate: the code has restricted coverage (CMS status R) and no national RVUs.
	 *
	 * @param code the code
	 */
	record RestrictedWithoutRvus(String code) implements PaymentReason {

		public RestrictedWithoutRvus {
			requireCode(code);
		}

	}

	/**
	 * No rate: the claim's Medicare locality has no GPCIs for the year.
	 *
	 * @param year the year of service
	 * @param locality the locality
	 */
	record NoLocality(int year, LocalityId locality) implements PaymentReason {

		public NoLocality {
			Objects.requireNonNull(locality, "locality");
		}

	}

	/**
	 * Medicare fee schedule: RVUs × GPCIs × conversion factor, with the therapy multiple
	 * procedure payment reduction and the assistant share.
	 *
	 * @param code the code
	 * @param units the units paid
	 * @param work the work RVU
	 * @param practiceExpense the practice expense RVU
	 * @param malpractice the malpractice RVU
	 * @param gpci the GPCIs applied (national when all are 1.0)
	 * @param conversionFactor the conversion factor of the year
	 * @param fullUnits the units paid at full practice expense
	 * @param reducedUnits the units paid with practice expense halved (MPPR)
	 * @param assistant whether the line is paid at the assistant share (85%)
	 * @param amount the line amount
	 * @param restricted whether the code has restricted coverage (CMS status R)
	 */
	record MedicareRate(String code, int units, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice,
			Gpci gpci, BigDecimal conversionFactor, int fullUnits, int reducedUnits, boolean assistant, Money amount,
			boolean restricted) implements PaymentReason {

		public MedicareRate {
			requireCode(code);
			positive(units);
			Objects.requireNonNull(work, "work");
			Objects.requireNonNull(practiceExpense, "practiceExpense");
			Objects.requireNonNull(malpractice, "malpractice");
			Objects.requireNonNull(gpci, "gpci");
			Objects.requireNonNull(conversionFactor, "conversionFactor");
			Objects.requireNonNull(amount, "amount");
			if (fullUnits < 0 || reducedUnits < 0 || fullUnits + reducedUnits != units) {
				throw new IllegalArgumentException(
						"Full and reduced units must add up to " + units + ": " + fullUnits + " + " + reducedUnits);
			}
		}

	}

}
