package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import io.tactus.core.codes.ReferenceData;
import io.tactus.core.codes.ReferenceDataException;

/**
 * Medicare RVUs by year and code, and the conversion factor of each year.
 *
 * <p>
 * Immutable and safe to share between threads; load it once.
 */
public final class RvuTable {

	/** The RVU files read by {@link #load()}. */
	public static final List<String> RVU_RESOURCES = List.of("/data/billing/rvu-2025.csv",
			"/data/billing/rvu-2026.csv");

	/** The conversion-factor file read by {@link #load()}. */
	public static final String CONVERSION_FACTORS = "/data/billing/conversion-factors.csv";

	private final Map<String, Rvu> rvus = new HashMap<>();

	private final Map<Integer, BigDecimal> conversionFactors;

	private RvuTable(Collection<Rvu> rvus, Map<Integer, BigDecimal> conversionFactors) {
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
	}

	/**
	 * A table of the given figures.
	 * @param rvus the RVUs
	 * @param conversionFactors dollars per RVU by year
	 * @return the table
	 */
	public static RvuTable of(Collection<Rvu> rvus, Map<Integer, BigDecimal> conversionFactors) {
		return new RvuTable(rvus, conversionFactors);
	}

	/**
	 * Load the RVU and conversion-factor files under {@code data/billing/}.
	 * @return the table
	 * @throws ReferenceDataException when a file is missing or a row is bad
	 */
	public static RvuTable load() {
		List<Rvu> rvus = new ArrayList<>();
		for (String resource : RVU_RESOURCES) {
			for (CSVRecord row : ReferenceData.readCsv(resource)) {
				try {
					rvus.add(new Rvu(
							ReferenceData.integer(resource, row, "year")
								.orElseThrow(() -> new IllegalArgumentException("year is empty")),
							ReferenceData.required(resource, row, "code"), ReferenceData.decimal(resource, row, "work"),
							ReferenceData.decimal(resource, row, "pe"), ReferenceData.decimal(resource, row, "mp"),
							ReferenceData.decimal(resource, row, "total"),
							ReferenceData.required(resource, row, "source")));
				}
				catch (IllegalArgumentException ex) {
					throw new ReferenceDataException(resource, row.getRecordNumber(), ex.getMessage(), ex);
				}
			}
		}
		Map<Integer, BigDecimal> factors = new HashMap<>();
		for (CSVRecord row : ReferenceData.readCsv(CONVERSION_FACTORS)) {
			int year = ReferenceData.integer(CONVERSION_FACTORS, row, "year")
				.orElseThrow(() -> new ReferenceDataException(CONVERSION_FACTORS, row.getRecordNumber(),
						"year is empty", null));
			factors.put(year,
					ReferenceData.decimal(CONVERSION_FACTORS, row, "conversion_factor")
						.orElseThrow(() -> new ReferenceDataException(CONVERSION_FACTORS, row.getRecordNumber(),
								"conversion_factor is empty", null)));
		}
		return new RvuTable(rvus, factors);
	}

	private static String key(int year, String code) {
		return year + ":" + code;
	}

	/**
	 * The RVUs of a code in a year.
	 * @param year the fee-schedule year
	 * @param code the code
	 * @return the RVUs, or empty when no figure is known ("no rate")
	 */
	public Optional<Rvu> find(int year, String code) {
		return Optional.ofNullable(this.rvus.get(key(year, code)));
	}

	/**
	 * The conversion factor of a year.
	 * @param year the fee-schedule year
	 * @return dollars per RVU, or empty when not known
	 */
	public Optional<BigDecimal> conversionFactor(int year) {
		return Optional.ofNullable(this.conversionFactors.get(year));
	}

}
