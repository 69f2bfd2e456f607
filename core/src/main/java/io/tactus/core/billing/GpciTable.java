package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

import io.tactus.core.codes.ReferenceData;
import io.tactus.core.codes.ReferenceDataException;

/**
 * The geographic practice cost indices (GPCIs) of every Medicare payment locality, by
 * year, from the CMS GPCI files (Addendum E).
 *
 * <p>
 * Immutable and safe to share between threads; load it once.
 */
public final class GpciTable {

	/** The GPCI files read by {@link #load()}. */
	public static final List<String> RESOURCES = List.of("/data/billing/gpci-2025.csv", "/data/billing/gpci-2026.csv");

	private static final GpciTable EMPTY = new GpciTable(List.of());

	private final Map<Integer, Map<LocalityId, MedicareLocality>> byYear = new HashMap<>();

	private GpciTable(Collection<MedicareLocality> localities) {
		for (MedicareLocality locality : localities) {
			Map<LocalityId, MedicareLocality> year = this.byYear.computeIfAbsent(locality.year(),
					(y) -> new LinkedHashMap<>());
			if (year.put(locality.id(), locality) != null) {
				throw new IllegalArgumentException("Locality listed twice: " + locality.id() + " " + locality.year());
			}
		}
	}

	/**
	 * A table of the given localities.
	 * @param localities the localities, each listed once per year
	 * @return the table
	 */
	public static GpciTable of(Collection<MedicareLocality> localities) {
		return new GpciTable(localities);
	}

	/**
	 * A table without localities: only national indices can be used.
	 * @return the empty table
	 */
	public static GpciTable empty() {
		return EMPTY;
	}

	/**
	 * Load the GPCI files under {@code data/billing/}.
	 * @return the table
	 * @throws ReferenceDataException when a file is missing or a row is bad
	 */
	public static GpciTable load() {
		List<MedicareLocality> localities = new ArrayList<>();
		for (String resource : RESOURCES) {
			for (CSVRecord row : ReferenceData.readCsv(resource)) {
				try {
					LocalityId id = new LocalityId(ReferenceData.required(resource, row, "mac"),
							ReferenceData.required(resource, row, "locality"));
					String name = ReferenceData.required(resource, row, "name");
					localities.add(new MedicareLocality(
							ReferenceData.integer(resource, row, "year")
								.orElseThrow(() -> new IllegalArgumentException("year is empty")),
							id, name, ReferenceData.required(resource, row, "state"),
							new Gpci(name + " (" + id.text() + ")", required(resource, row, "work_gpci"),
									required(resource, row, "pe_gpci"), required(resource, row, "mp_gpci")),
							ReferenceData.required(resource, row, "source")));
				}
				catch (IllegalArgumentException ex) {
					throw new ReferenceDataException(resource, row.getRecordNumber(), ex.getMessage(), ex);
				}
			}
		}
		return new GpciTable(localities);
	}

	private static BigDecimal required(String resource, CSVRecord row, String column) {
		return ReferenceData.decimal(resource, row, column)
			.orElseThrow(() -> new IllegalArgumentException("column '" + column + "' is empty"));
	}

	/**
	 * A locality's indices in a year.
	 * @param year the fee-schedule year
	 * @param id the locality
	 * @return the locality, or empty when the year's file does not list it
	 */
	public Optional<MedicareLocality> find(int year, LocalityId id) {
		return Optional.ofNullable(this.byYear.getOrDefault(year, Map.of()).get(id));
	}

	/**
	 * Whether any year lists the locality.
	 * @param id the locality
	 * @return true when it is known
	 */
	public boolean knows(LocalityId id) {
		return this.byYear.values().stream().anyMatch((year) -> year.containsKey(id));
	}

	/**
	 * The localities of a year, in file order.
	 * @param year the fee-schedule year
	 * @return the localities, empty for a year without a file
	 */
	public List<MedicareLocality> localities(int year) {
		return List.copyOf(this.byYear.getOrDefault(year, Map.of()).values());
	}

	/**
	 * The years that have a GPCI file.
	 * @return the years, ascending
	 */
	public SortedSet<Integer> years() {
		return new TreeSet<>(this.byYear.keySet());
	}

	/**
	 * The localities of the latest year, the list a clinic picks from.
	 * @return the localities, empty when no file is loaded
	 */
	public List<MedicareLocality> latest() {
		return this.byYear.isEmpty() ? List.of() : localities(years().last());
	}

	/**
	 * A locality as named in the latest year that lists it.
	 * @param id the locality
	 * @return the locality, empty when no year lists it
	 */
	public Optional<MedicareLocality> latest(LocalityId id) {
		for (int year : years().reversed()) {
			Optional<MedicareLocality> found = find(year, id);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The localities of the latest year by state, states in file order (CMS lists them by
	 * state name), for a picker.
	 * @return the localities of each state
	 */
	public Map<String, List<MedicareLocality>> latestByState() {
		Map<String, List<MedicareLocality>> byState = new LinkedHashMap<>();
		for (MedicareLocality locality : latest()) {
			byState.computeIfAbsent(locality.state(), (state) -> new ArrayList<>()).add(locality);
		}
		byState.replaceAll((state, localities) -> List.copyOf(localities));
		return byState;
	}

}
