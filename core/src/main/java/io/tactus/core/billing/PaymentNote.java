package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the amounts of an expected payment were computed, as typed values; the web layer
 * words each note from its message bundle.
 */
public sealed interface PaymentNote {

	/**
	 * No fee schedule was given for the payer, so no amount can be expected.
	 */
	record NoFeeSchedule() implements PaymentNote {
	}

	/**
	 * The clinic fee schedule used: fee per unit × units, rounded per line, then summed.
	 *
	 * @param schedule the label of the clinic's fee schedule
	 */
	record ClinicSchedule(String schedule) implements PaymentNote {

		public ClinicSchedule {
			Objects.requireNonNull(schedule, "schedule");
		}

	}

	/**
	 * The Medicare fee schedule used: year, CMS release, conversion factor and GPCIs.
	 *
	 * @param year the year of service
	 * @param release the CMS release, when known
	 * @param conversionFactor the conversion factor
	 * @param indices where the GPCIs come from
	 */
	record MedicareSchedule(int year, Optional<String> release, BigDecimal conversionFactor,
			Indices indices) implements PaymentNote {

		public MedicareSchedule {
			Objects.requireNonNull(release, "release");
			Objects.requireNonNull(conversionFactor, "conversionFactor");
			Objects.requireNonNull(indices, "indices");
		}

	}

	/**
	 * The therapy multiple procedure payment reduction applied.
	 *
	 * @param units the units of services marked for the reduction (more than one)
	 * @param code the code whose unit is paid in full
	 */
	record MultipleProcedureReduction(int units, String code) implements PaymentNote {

		public MultipleProcedureReduction {
			Objects.requireNonNull(code, "code");
			if (units < 2) {
				throw new IllegalArgumentException("The reduction needs at least 2 units: " + units);
			}
		}

	}

	/**
	 * Medicare amounts are allowed amounts before the deductible and coinsurance, rounded
	 * per line.
	 */
	record AllowedAmounts() implements PaymentNote {
	}

	/**
	 * No Medicare fee schedule is loaded for the year of service.
	 *
	 * @param year the year of service
	 * @param loadedYears the years that are loaded, ascending
	 */
	record NoMedicareSchedule(int year, List<Integer> loadedYears) implements PaymentNote {

		public NoMedicareSchedule {
			loadedYears = List.copyOf(loadedYears);
		}

	}

	/**
	 * Where the GPCIs of a Medicare payment come from.
	 */
	sealed interface Indices {

	}

	/**
	 * The GPCIs of the claim's Medicare locality for the year.
	 *
	 * @param locality the locality
	 */
	record LocalityIndices(MedicareLocality locality) implements Indices {

		public LocalityIndices {
			Objects.requireNonNull(locality, "locality");
		}

	}

	/**
	 * The claim's locality has no GPCIs loaded for the year.
	 *
	 * @param locality the locality
	 */
	record MissingLocality(LocalityId locality) implements Indices {

		public MissingLocality {
			Objects.requireNonNull(locality, "locality");
		}

	}

	/**
	 * GPCIs entered by hand, the same for every year.
	 *
	 * @param gpci the indices
	 */
	record EnteredIndices(Gpci gpci) implements Indices {

		public EnteredIndices {
			Objects.requireNonNull(gpci, "gpci");
		}

	}

	/**
	 * The national GPCIs (1.0).
	 */
	record NationalIndices() implements Indices {
	}

}
