package io.tactus.reports.reference;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.tactus.reports.oews.UsState;

/**
 * The long-term employment projections of one occupation, one per state (plus the
 * national one when known). States on different cycles keep their own base and projected
 * years.
 */
public final class Projections {

	/** The classpath resource with the massage-therapist projections. */
	public static final String RESOURCE = "data/reference/projections-31-9011-states.csv";

	/** The occupation the bundled file is about. */
	public static final String BUNDLED_OCCUPATION = "31-9011";

	private static final List<String> COLUMNS = List.of("state_abbr", "area_title", "base_year", "proj_year",
			"base_emp", "proj_emp", "pct_change", "annual_openings", "source_url");

	private final String occupationCode;

	private final Map<String, Projection> byPostalCode;

	private Projections(String occupationCode, List<Projection> projections) {
		this.occupationCode = Objects.requireNonNull(occupationCode, "occupationCode");
		Map<String, Projection> map = new LinkedHashMap<>();
		for (Projection projection : projections) {
			if (map.putIfAbsent(projection.postalCode(), projection) != null) {
				throw new IllegalArgumentException("Two projections for " + projection.postalCode());
			}
		}
		this.byPostalCode = map;
	}

	/**
	 * The projections of an occupation.
	 * @param occupationCode the SOC code they are about
	 * @param projections at most one per area
	 * @return the projections
	 */
	public static Projections of(String occupationCode, List<Projection> projections) {
		return new Projections(occupationCode, projections);
	}

	/**
	 * No projections at all.
	 * @param occupationCode the SOC code
	 * @return empty projections
	 */
	public static Projections none(String occupationCode) {
		return new Projections(occupationCode, List.of());
	}

	/**
	 * The bundled massage-therapist projections, {@link #RESOURCE}.
	 * @return the projections
	 * @throws ReferenceDataException when the file is missing or malformed
	 */
	public static Projections load() {
		return checked(BUNDLED_OCCUPATION, RESOURCE, CsvCells.readResource(RESOURCE, COLUMNS, Projections::row));
	}

	/**
	 * Projections from a CSV with the columns of the bundled file.
	 * @param occupationCode the SOC code the file is about
	 * @param name the name of the file, for messages
	 * @param reader the CSV text
	 * @return the projections
	 * @throws ReferenceDataException when the file is malformed
	 */
	public static Projections parse(String occupationCode, String name, Reader reader) {
		return checked(occupationCode, name, CsvCells.read(name, reader, COLUMNS, Projections::row));
	}

	private static Projections checked(String occupationCode, String name, List<Projection> projections) {
		try {
			return new Projections(occupationCode, projections);
		}
		catch (IllegalArgumentException ex) {
			throw new ReferenceDataException(name, 0, null, ex.getMessage());
		}
	}

	private static Projection row(CsvCells cells) {
		try {
			return new Projection(cells.requiredText("state_abbr"), cells.text("area_title"),
					cells.requiredInt("base_year"), cells.requiredInt("proj_year"), cells.number("base_emp"),
					cells.number("proj_emp"), cells.number("pct_change"), cells.number("annual_openings"),
					cells.text("source_url"));
		}
		catch (IllegalArgumentException ex) {
			throw cells.fail("state_abbr", cells.text("state_abbr"), ex.getMessage());
		}
	}

	public String occupationCode() {
		return this.occupationCode;
	}

	/**
	 * The projection for a state.
	 * @param state the state
	 * @return the projection, empty when none was found
	 */
	public Optional<Projection> forState(UsState state) {
		return Optional.ofNullable(this.byPostalCode.get(state.postalCode()));
	}

	/**
	 * The national projection.
	 * @return the projection, empty when none was found
	 */
	public Optional<Projection> national() {
		return Optional.ofNullable(this.byPostalCode.get(Projection.NATIONAL));
	}

	/**
	 * Every projection, in file order.
	 * @return the projections
	 */
	public List<Projection> all() {
		return List.copyOf(this.byPostalCode.values());
	}

}
