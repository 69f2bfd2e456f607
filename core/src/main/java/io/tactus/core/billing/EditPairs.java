package io.tactus.core.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

import io.tactus.core.codes.ReferenceData;
import io.tactus.core.codes.ReferenceDataException;

/**
 * The versioned table of edit pairs, looked up in either order.
 *
 * <p>
 * Immutable and safe to share between threads; load it once.
 */
public final class EditPairs {

	/** The classpath resource read by {@link #load()}. */
	public static final String RESOURCE = "/data/billing/edit-pairs.csv";

	private final List<EditPair> pairs;

	private final Map<String, List<EditPair>> byKey = new HashMap<>();

	private EditPairs(List<EditPair> pairs) {
		this.pairs = List.copyOf(pairs);
		for (EditPair pair : this.pairs) {
			this.byKey.computeIfAbsent(key(pair.column1(), pair.column2()), (key) -> new ArrayList<>()).add(pair);
		}
	}

	/**
	 * A table of the given pairs.
	 * @param pairs the pairs
	 * @return the table
	 */
	public static EditPairs of(Collection<EditPair> pairs) {
		return new EditPairs(new ArrayList<>(pairs));
	}

	/**
	 * Load {@code data/billing/edit-pairs.csv} from the classpath.
	 * @return the table
	 * @throws ReferenceDataException when the file is missing or a row is bad
	 */
	public static EditPairs load() {
		List<EditPair> pairs = new ArrayList<>();
		for (CSVRecord row : ReferenceData.readCsv(RESOURCE)) {
			try {
				pairs.add(new EditPair(ReferenceData.required(RESOURCE, row, "version"),
						LocalDate.parse(ReferenceData.required(RESOURCE, row, "effective_from")),
						ReferenceData.text(row, "effective_to").map(LocalDate::parse),
						ReferenceData.required(RESOURCE, row, "column1"),
						ReferenceData.required(RESOURCE, row, "column2"),
						ReferenceData.integer(RESOURCE, row, "modifier_indicator"),
						Boolean.parseBoolean(ReferenceData.required(RESOURCE, row, "same_region")),
						ReferenceData.constant(RESOURCE, row, "status", EditStatus.class)
							.orElseThrow(() -> new IllegalArgumentException("status is empty")),
						ReferenceData.required(RESOURCE, row, "note"),
						ReferenceData.required(RESOURCE, row, "source")));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw new ReferenceDataException(RESOURCE, row.getRecordNumber(), ex.getMessage(), ex);
			}
		}
		return new EditPairs(pairs);
	}

	private static String key(String a, String b) {
		return (a.compareTo(b) <= 0) ? a + '+' + b : b + '+' + a;
	}

	/**
	 * The edit between two codes in force on a date, in either column order.
	 * @param code one code
	 * @param other the other code
	 * @param date the date of service
	 * @return the edit, or empty when the codes may be billed together
	 */
	public Optional<EditPair> find(String code, String other, LocalDate date) {
		List<EditPair> candidates = this.byKey.get(key(code, other));
		if (candidates != null) {
			for (EditPair pair : candidates) {
				if (pair.isEffectiveOn(date)) {
					return Optional.of(pair);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Every pair, in file order.
	 * @return the pairs
	 */
	public List<EditPair> all() {
		return this.pairs;
	}

	/**
	 * The table versions present.
	 * @return the versions, sorted
	 */
	public List<String> versions() {
		TreeSet<String> versions = new TreeSet<>();
		for (EditPair pair : this.pairs) {
			versions.add(pair.version());
		}
		return List.copyOf(versions);
	}

}
