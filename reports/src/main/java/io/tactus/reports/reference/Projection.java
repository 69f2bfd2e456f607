package io.tactus.reports.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import io.tactus.reports.oews.UsState;

/**
 * One long-term employment projection for an occupation in a state (or the nation), as
 * the state's labour-market office or BLS published it. Blank cells stay unknown.
 *
 * @param postalCode the state's postal code, or {@code US} for the national projection
 * @param areaTitle the area's name
 * @param baseYear the first year of the projection cycle
 * @param projectedYear the last year of the projection cycle, after {@code baseYear}
 * @param baseEmployment employment in the base year
 * @param projectedEmployment projected employment in the last year
 * @param percentChange the published percent change of employment over the cycle
 * @param annualOpenings the published average annual openings
 * @param sourceUrl where the figures were copied from
 */
public record Projection(String postalCode, String areaTitle, int baseYear, int projectedYear,
		OptionalDouble baseEmployment, OptionalDouble projectedEmployment, OptionalDouble percentChange,
		OptionalDouble annualOpenings, String sourceUrl) {

	/** The postal code of the national row. */
	public static final String NATIONAL = "US";

	public Projection {
		Objects.requireNonNull(postalCode, "postalCode");
		Objects.requireNonNull(areaTitle, "areaTitle");
		Objects.requireNonNull(baseEmployment, "baseEmployment");
		Objects.requireNonNull(projectedEmployment, "projectedEmployment");
		Objects.requireNonNull(percentChange, "percentChange");
		Objects.requireNonNull(annualOpenings, "annualOpenings");
		Objects.requireNonNull(sourceUrl, "sourceUrl");
		if (!NATIONAL.equals(postalCode) && UsState.ofPostalCode(postalCode).isEmpty()) {
			throw new IllegalArgumentException("Unknown state postal code: " + postalCode);
		}
		if (projectedYear <= baseYear) {
			throw new IllegalArgumentException(
					"Projected year " + projectedYear + " must be after base year " + baseYear);
		}
		requireNotNegative("baseEmployment", baseEmployment);
		requireNotNegative("projectedEmployment", projectedEmployment);
		requireNotNegative("annualOpenings", annualOpenings);
	}

	private static void requireNotNegative(String name, OptionalDouble value) {
		if (value.isPresent() && value.getAsDouble() < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + value.getAsDouble());
		}
	}

	/**
	 * The state, empty for the national projection.
	 * @return the state
	 */
	public Optional<UsState> state() {
		return UsState.ofPostalCode(this.postalCode);
	}

	public boolean isNational() {
		return NATIONAL.equals(this.postalCode);
	}

	/**
	 * Annual openings per 1,000 jobs of the base year: {@code annualOpenings /
	 * baseEmployment × 1000}, both from this projection (never divided by an OEWS count,
	 * whose scope and year differ).
	 * @return openings per 1,000 jobs, empty when either figure is unknown or the base is
	 * zero
	 */
	public OptionalDouble openingsPer1000() {
		if (this.annualOpenings.isEmpty() || this.baseEmployment.isEmpty() || this.baseEmployment.getAsDouble() <= 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(this.annualOpenings.getAsDouble() / this.baseEmployment.getAsDouble() * 1000);
	}

}
