package io.tactus.reports.reference;

import java.io.Reader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.reports.oews.UsState;

/**
 * BEA regional price parities of the states for one year; years are never mixed, because
 * BEA estimates each year on its own.
 */
public final class PriceParities {

	/** The classpath resource with the bundled parities. */
	public static final String RESOURCE = "data/reference/rpp-states.csv";

	private static final List<String> COLUMNS = List.of("year", "state_abbr", "rpp_all_items", "source_url");

	private final OptionalInt year;

	private final Map<UsState, PriceParity> byState;

	private PriceParities(List<PriceParity> parities) {
		Map<UsState, PriceParity> map = new EnumMap<>(UsState.class);
		OptionalInt first = OptionalInt.empty();
		for (PriceParity parity : parities) {
			if (first.isEmpty()) {
				first = OptionalInt.of(parity.year());
			}
			else if (first.getAsInt() != parity.year()) {
				throw new IllegalArgumentException(
						"Price parities of different years: " + first.getAsInt() + " and " + parity.year());
			}
			if (map.putIfAbsent(parity.state(), parity) != null) {
				throw new IllegalArgumentException("Two price parities for " + parity.state());
			}
		}
		this.year = first;
		this.byState = map;
	}

	/**
	 * Parities of one year.
	 * @param parities at most one per state, all of the same year
	 * @return the parities
	 */
	public static PriceParities of(List<PriceParity> parities) {
		return new PriceParities(parities);
	}

	/**
	 * No parities.
	 * @return empty parities
	 */
	public static PriceParities none() {
		return new PriceParities(List.of());
	}

	/**
	 * The bundled parities, {@link #RESOURCE}.
	 * @return the parities
	 * @throws ReferenceDataException when the file is missing or malformed
	 */
	public static PriceParities load() {
		return checked(RESOURCE, CsvCells.readResource(RESOURCE, COLUMNS, PriceParities::row));
	}

	/**
	 * Parities from a CSV with the columns of the bundled file.
	 * @param name the name of the file, for messages
	 * @param reader the CSV text
	 * @return the parities
	 * @throws ReferenceDataException when the file is malformed or mixes years
	 */
	public static PriceParities parse(String name, Reader reader) {
		return checked(name, CsvCells.read(name, reader, COLUMNS, PriceParities::row));
	}

	private static PriceParities checked(String name, List<PriceParity> parities) {
		try {
			return new PriceParities(parities);
		}
		catch (IllegalArgumentException ex) {
			throw new ReferenceDataException(name, 0, null, ex.getMessage());
		}
	}

	private static PriceParity row(CsvCells cells) {
		String code = cells.requiredText("state_abbr");
		UsState state = UsState.ofPostalCode(code)
			.orElseThrow(() -> cells.fail("state_abbr", code, "unknown state postal code"));
		double rpp = cells.number("rpp_all_items")
			.orElseThrow(() -> cells.fail("rpp_all_items", "", "required cell is empty"));
		try {
			return new PriceParity(state, cells.requiredInt("year"), rpp, cells.text("source_url"));
		}
		catch (IllegalArgumentException ex) {
			throw cells.fail("rpp_all_items", cells.text("rpp_all_items"), ex.getMessage());
		}
	}

	/**
	 * The year the prices are of.
	 * @return the year, empty when there are no parities
	 */
	public OptionalInt year() {
		return this.year;
	}

	/**
	 * The parity of a state.
	 * @param state the state
	 * @return the parity, empty when BEA publishes none (Puerto Rico) or it was not found
	 */
	public Optional<PriceParity> forState(UsState state) {
		return Optional.ofNullable(this.byState.get(state));
	}

	/**
	 * Every parity, in state order.
	 * @return the parities
	 */
	public List<PriceParity> all() {
		return List.copyOf(this.byState.values());
	}

}
