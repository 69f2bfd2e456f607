package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

import io.tactus.core.codes.MedicareStatus;
import io.tactus.core.codes.ReferenceData;
import io.tactus.core.codes.ReferenceDataException;

/**
 * The Medicare physician fee schedule by year: each code's row of the CMS RVU file, and
 * the year's conversion factor and CMS release.
 *
 * <p>
 * A year has a fee schedule when its conversion factor is known. Immutable and safe to
 * share between threads; load it once.
 */
public final class RvuTable {

	/** The RVU files read by {@link #load()}. */
	public static final List<String> RVU_RESOURCES = List.of("/data/billing/rvu-2025.csv",
			"/data/billing/rvu-2026.csv");

	/** The conversion-factor file read by {@link #load()}. */
	public static final String CONVERSION_FACTORS = "/data/billing/conversion-factors.csv";

	private final Map<String, Rvu> rvus = new HashMap<>();

	private final Map<Integer, BigDecimal> conversionFactors;

	private final Map<Integer, String> releases;

	private RvuTable(Collection<Rvu> rvus, Map<Integer, BigDecimal> conversionFactors, Map<Integer, String> releases) {
		for (Rvu rvu : rvus) {
			if (this.rvus.put(key(rvu.year(), rvu.code()), rvu) != null) {
				throw new IllegalArgumentException("RVU listed twice: " + rvu.code() + " " + rvu.year());
			}
		}
		conversionFactors.forEach((year, factor) -> {
			if (factor.signum() <= 0) {
				throw new IllegalArgumentException("Conversion factor for " + year + " must be positive: " + factor);
			}
		});
		this.conversionFactors = Map.copyOf(conversionFactors);
		this.releases = Map.copyOf(releases);
	}

	/**
	 * A table of the given figures.
	 * @param rvus the RVUs
	 * @param conversionFactors dollars per RVU by year
	 * @return the table
	 */
	public static RvuTable of(Collection<Rvu> rvus, Map<Integer, BigDecimal> conversionFactors) {
		return new RvuTable(rvus, conversionFactors, Map.of());
	}

	/**
	 * Load the RVU and conversion-factor files under {@code data/billing/}.
	 * @return the table
	 * @throws ReferenceDataException when a file is missing, a row is bad, or a year has
	 * RVUs without a conversion factor or the other way round
	 */
	public static RvuTable load() {
		List<Rvu> rvus = new ArrayList<>();
		SortedSet<Integer> rvuYears = new TreeSet<>();
		for (String resource : RVU_RESOURCES) {
			for (CSVRecord row : ReferenceData.readCsv(resource)) {
				try {
					Rvu rvu = row(resource, row);
					rvus.add(rvu);
					rvuYears.add(rvu.year());
				}
				catch (IllegalArgumentException ex) {
					throw new ReferenceDataException(resource, row.getRecordNumber(), ex.getMessage(), ex);
				}
			}
		}
		Map<Integer, BigDecimal> factors = new HashMap<>();
		Map<Integer, String> releases = new HashMap<>();
		for (CSVRecord row : ReferenceData.readCsv(CONVERSION_FACTORS)) {
			int year = ReferenceData.integer(CONVERSION_FACTORS, row, "year")
				.orElseThrow(() -> new ReferenceDataException(CONVERSION_FACTORS, row.getRecordNumber(),
						"year is empty", null));
			if (!rvuYears.contains(year)) {
				throw new ReferenceDataException(CONVERSION_FACTORS, row.getRecordNumber(),
						"conversion factor for " + year + " but no RVU file for that year", null);
			}
			factors.put(year,
					ReferenceData.decimal(CONVERSION_FACTORS, row, "conversion_factor")
						.orElseThrow(() -> new ReferenceDataException(CONVERSION_FACTORS, row.getRecordNumber(),
								"conversion_factor is empty", null)));
			releases.put(year, ReferenceData.required(CONVERSION_FACTORS, row, "release"));
		}
		for (int year : rvuYears) {
			if (!factors.containsKey(year)) {
				throw new ReferenceDataException(CONVERSION_FACTORS, 0, "no conversion factor for " + year, null);
			}
		}
		return new RvuTable(rvus, factors, releases);
	}

	private static Rvu row(String resource, CSVRecord row) {
		String code = ReferenceData.required(resource, row, "code");
		String letter = ReferenceData.required(resource, row, "status");
		MedicareStatus status = MedicareStatus.ofLetter(letter)
			.orElseThrow(() -> new IllegalArgumentException(code + ": status '" + letter + "' is not one we handle"));
		return new Rvu(
				ReferenceData.integer(resource, row, "year")
					.orElseThrow(() -> new IllegalArgumentException("year is empty")),
				code, status, decimal(resource, row, "work_rvu"), decimal(resource, row, "pe_nonfacility_rvu"),
				decimal(resource, row, "mp_rvu"), decimal(resource, row, "total_nonfacility"),
				ReferenceData.integer(resource, row, "mult_proc")
					.orElseThrow(() -> new IllegalArgumentException("mult_proc is empty")),
				ReferenceData.required(resource, row, "source"));
	}

	private static BigDecimal decimal(String resource, CSVRecord row, String column) {
		return ReferenceData.decimal(resource, row, column)
			.orElseThrow(() -> new IllegalArgumentException("column '" + column + "' is empty"));
	}

	private static String key(int year, String code) {
		return year + ":" + code;
	}

	/**
	 * The CMS row of a code in a year.
	 * @param year the fee-schedule year
	 * @param code the code
	 * @return the row, or empty when the year's file does not list the code
	 */
	public Optional<Rvu> find(int year, String code) {
		return Optional.ofNullable(this.rvus.get(key(year, code)));
	}

	/**
	 * Every row of a year.
	 * @param year the fee-schedule year
	 * @return the rows, in no particular order
	 */
	public List<Rvu> all(int year) {
		return this.rvus.values().stream().filter((rvu) -> rvu.year() == year).toList();
	}

	/**
	 * The conversion factor of a year.
	 * @param year the fee-schedule year
	 * @return dollars per RVU, or empty when no fee schedule is loaded for the year
	 */
	public Optional<BigDecimal> conversionFactor(int year) {
		return Optional.ofNullable(this.conversionFactors.get(year));
	}

	/**
	 * The CMS release a year's figures come from.
	 * @param year the fee-schedule year
	 * @return e.g. {@code RVU26C}, or empty when not recorded
	 */
	public Optional<String> release(int year) {
		return Optional.ofNullable(this.releases.get(year));
	}

	/**
	 * The years that have a fee schedule (a conversion factor).
	 * @return the years, ascending
	 */
	public SortedSet<Integer> years() {
		return new TreeSet<>(this.conversionFactors.keySet());
	}

}
