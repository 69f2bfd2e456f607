package io.tactus.core.codes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The billing codes the portal knows, in file order.
 *
 * <p>
 * Immutable and safe to share between threads; load it once.
 */
public final class CodeCatalog {

	/** The classpath resource read by {@link #load()}. */
	public static final String RESOURCE = "/data/billing/codes.csv";

	private final List<BillingCode> codes;

	private final Map<String, BillingCode> byCode;

	private CodeCatalog(List<BillingCode> codes) {
		this.codes = List.copyOf(codes);
		this.byCode = new HashMap<>(codes.size() * 2);
		for (BillingCode code : this.codes) {
			if (this.byCode.put(code.code(), code) != null) {
				throw new IllegalArgumentException("Code listed twice: " + code.code());
			}
		}
	}

	/**
	 * A catalog of the given codes.
	 * @param codes the codes, each listed once
	 * @return the catalog
	 */
	public static CodeCatalog of(Collection<BillingCode> codes) {
		return new CodeCatalog(new ArrayList<>(codes));
	}

	/**
	 * Load {@code data/billing/codes.csv} from the classpath.
	 * @return the catalog
	 * @throws ReferenceDataException when the file is missing or a row is bad
	 */
	public static CodeCatalog load() {
		List<BillingCode> codes = new ArrayList<>();
		for (CSVRecord row : ReferenceData.readCsv(RESOURCE)) {
			codes.add(parseRow(row));
		}
		return new CodeCatalog(codes);
	}

	private static BillingCode parseRow(CSVRecord row) {
		String code = ReferenceData.required(RESOURCE, row, "code");
		try {
			return new BillingCode(code, ReferenceData.required(RESOURCE, row, "description"),
					ReferenceData.constant(RESOURCE, row, "timing", Timing.class)
						.orElseThrow(() -> new IllegalArgumentException("timing is empty")),
					ReferenceData.constant(RESOURCE, row, "family", CodeFamily.class)
						.orElseThrow(() -> new IllegalArgumentException("family is empty")),
					ReferenceData.constant(RESOURCE, row, "medicare_status", MedicareStatus.class),
					ReferenceData.text(row, "medicare_replacement"),
					Boolean.parseBoolean(ReferenceData.required(RESOURCE, row, "always_therapy")),
					providers(ReferenceData.text(row, "providers").orElse("")),
					ReferenceData.integer(RESOURCE, row, "mue"), ReferenceData.text(row, "note"));
		}
		catch (IllegalArgumentException ex) {
			throw new ReferenceDataException(RESOURCE, row.getRecordNumber(), code + ": " + ex.getMessage(), ex);
		}
	}

	private static Set<ProviderType> providers(String cell) {
		Set<ProviderType> providers = EnumSet.noneOf(ProviderType.class);
		Arrays.stream(cell.split(";"))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> ProviderType.valueOf(name.toUpperCase(Locale.ROOT)))
			.forEach(providers::add);
		return providers;
	}

	/**
	 * Find a code.
	 * @param code the code, e.g. {@code 97110}; surrounding spaces and case are ignored
	 * @return the code, or empty when the catalog does not list it
	 */
	public Optional<BillingCode> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		BillingCode found = this.byCode.get(code);
		if (found == null) {
			found = this.byCode.get(code.strip().toUpperCase(Locale.ROOT));
		}
		return Optional.ofNullable(found);
	}

	/**
	 * Every code, in file order.
	 * @return the codes
	 */
	public List<BillingCode> all() {
		return this.codes;
	}

}
