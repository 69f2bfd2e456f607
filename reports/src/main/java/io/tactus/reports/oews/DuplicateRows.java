package io.tactus.reports.oews;

import java.util.List;
import java.util.Locale;

/**
 * Finds rows whose key (area, occupation, industry, ownership) came before: a repeat with
 * different figures is an error, an exact repeat is left out, and a repeat with the same
 * figures under another occupation level (national {@code broad} and {@code detailed}
 * rows) is fine. Keeps hashes, never rows ({@link KeyTable}).
 */
final class DuplicateRows {

	private final String sheet;

	private final String occupationHeader;

	private final KeyTable keys = new KeyTable();

	DuplicateRows(String sheet, String occupationHeader) {
		this.sheet = sheet;
		this.occupationHeader = occupationHeader;
	}

	/**
	 * Checks a row's key and records it.
	 * @param row the parsed row
	 * @param findings where a finding about the repeat goes
	 * @return {@code true} when the row must not be passed on
	 */
	boolean isDuplicate(WageRow row, List<Finding> findings) {
		long key = new KeyTable.Hash().add(row.areaCode())
			.add(row.occupationCode())
			.add(row.naics())
			.add(row.ownershipCode())
			.value();
		KeyTable.Hash values = new KeyTable.Hash();
		add(values, row.employment());
		add(values, row.employmentRse());
		add(values, row.jobsPer1000());
		add(values, row.locationQuotient());
		add(values, row.percentOfIndustry());
		add(values, row.percentReporting());
		add(values, row.hourlyMean());
		add(values, row.annualMean());
		add(values, row.meanRse());
		add(values, row.hourly());
		add(values, row.annual());
		values.add((row.annualOnly() ? 1 : 0) + (row.hourlyOnly() ? 2 : 0));
		int group = lowerCaseHash(row.occupationGroup());
		int slot = this.keys.putIfAbsent(key, values.value(), group, row.sourceRow());
		if (slot < 0) {
			return false;
		}
		int earlier = this.keys.row(slot);
		String keyText = row.areaCode() + ", " + row.occupationCode() + ", " + row.naics() + ", " + row.ownershipCode();
		if (this.keys.value(slot) != values.value()) {
			findings.add(Finding.of(FindingKind.DUPLICATE_KEY, this.sheet, row.sourceRow(), this.occupationHeader,
					row.occupationCode(), "Same AREA, OCC_CODE, NAICS and OWN_CODE (" + keyText + ") as row " + earlier
							+ " but different figures; keep only one of the two rows."));
			return true;
		}
		if (this.keys.group(slot) != group) {
			return false;
		}
		findings.add(Finding.of(FindingKind.REPEATED_ROW, this.sheet, row.sourceRow(), this.occupationHeader,
				row.occupationCode(),
				"Repeats row " + earlier + " (" + keyText + ") exactly; the repeat was left out."));
		return true;
	}

	/**
	 * The hash code of the text in lower case (as {@code toLowerCase(Locale.ROOT)} would
	 * give for the ASCII the groups are written in), without making that string.
	 */
	static int lowerCaseHash(String text) {
		int hash = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			else if (c > 127) {
				return text.toLowerCase(Locale.ROOT).hashCode();
			}
			hash = 31 * hash + c;
		}
		return hash;
	}

	private static void add(KeyTable.Hash hash, Percentiles percentiles) {
		add(hash, percentiles.p10());
		add(hash, percentiles.p25());
		add(hash, percentiles.median());
		add(hash, percentiles.p75());
		add(hash, percentiles.p90());
	}

	private static void add(KeyTable.Hash hash, Figure figure) {
		hash.add(figure.isKnown() ? Double.doubleToLongBits(figure.value().getAsDouble()) : -figure.state().ordinal());
	}

}
