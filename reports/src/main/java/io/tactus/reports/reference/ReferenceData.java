package io.tactus.reports.reference;

import java.util.Objects;

/**
 * The reference data the statistics use beside a wage table.
 *
 * @param projections employment projections of the occupation
 * @param priceParities regional price parities of one year
 */
public record ReferenceData(Projections projections, PriceParities priceParities) {

	public ReferenceData {
		Objects.requireNonNull(projections, "projections");
		Objects.requireNonNull(priceParities, "priceParities");
	}

	/**
	 * The bundled files under {@code data/reference/}.
	 * @return the reference data
	 * @throws ReferenceDataException when a file is missing or malformed
	 */
	public static ReferenceData load() {
		return new ReferenceData(Projections.load(), PriceParities.load());
	}

	/**
	 * No reference data: statistics that need it come out empty.
	 * @param occupationCode the SOC code
	 * @return empty reference data
	 */
	public static ReferenceData none(String occupationCode) {
		return new ReferenceData(Projections.none(occupationCode), PriceParities.none());
	}

}
