package io.tactus.reports.oews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an OEWS download, in the order BLS publishes them since May 2021, with
 * the older header names that mean the same column.
 *
 * <p>
 * Headers are matched after trimming, ignoring case and treating runs of blanks as an
 * underscore, so {@code occ code}, {@code OCC_CODE} and {@code occ_code} are the same
 * column.
 */
public enum OewsColumn {

	/** Area code. */
	AREA(false),

	/** Area name; {@code STATE} in the May 2018 state file. */
	AREA_TITLE(false, "STATE"),

	/** Area type: 1 U.S., 2 state, 3 territory, 4 metro, 6 nonmetro. */
	AREA_TYPE(false),

	/** Postal code of the primary state; {@code ST} in the May 2018 state file. */
	PRIM_STATE(false, "ST"),

	/** NAICS industry code. */
	NAICS(false),

	/** NAICS industry title. */
	NAICS_TITLE(false),

	/** Industry level. */
	I_GROUP(false),

	/** Ownership code. */
	OWN_CODE(false),

	/** SOC occupation code; {@code occ code} in 2016. */
	OCC_CODE(false),

	/** Occupation title; {@code occ title} in 2016. */
	OCC_TITLE(false),

	/**
	 * Occupation level; {@code GROUP} (2011-2016) or {@code OCC_GROUP} (May 2018 state).
	 */
	O_GROUP(false, "GROUP", "OCC_GROUP"),

	/** Employment. */
	TOT_EMP(false),

	/** Relative standard error of the employment. */
	EMP_PRSE(false),

	/** Jobs per 1,000; {@code jobs_1000_orig} in 2019. */
	JOBS_1000(false, "JOBS_1000_ORIG"),

	/** Location quotient; {@code LOC_Q} in 2011 and the May 2018 state file. */
	LOC_QUOTIENT(false, "LOC_Q"),

	/** Percent of the industry's employment; {@code PCT_TOT} before 2018. */
	PCT_TOTAL(false, "PCT_TOT"),

	/** Percent of establishments reporting (since 2021). */
	PCT_RPT(false),

	/** Mean hourly wage. */
	H_MEAN(true),

	/** Mean annual wage. */
	A_MEAN(true),

	/** Relative standard error of the mean wage. */
	MEAN_PRSE(false),

	/** Hourly 10th percentile. */
	H_PCT10(true),

	/** Hourly 25th percentile. */
	H_PCT25(true),

	/** Hourly median. */
	H_MEDIAN(true),

	/** Hourly 75th percentile. */
	H_PCT75(true),

	/** Hourly 90th percentile. */
	H_PCT90(true),

	/** Annual 10th percentile. */
	A_PCT10(true),

	/** Annual 25th percentile. */
	A_PCT25(true),

	/** Annual median. */
	A_MEDIAN(true),

	/** Annual 75th percentile. */
	A_PCT75(true),

	/** Annual 90th percentile. */
	A_PCT90(true),

	/** {@code TRUE} when only annual wages are published. */
	ANNUAL(false),

	/** {@code TRUE} when only hourly wages are published. */
	HOURLY(false);

	/** The hourly percentile columns, in order. */
	public static final List<OewsColumn> HOURLY_PERCENTILES = List.of(H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90);

	/** The annual percentile columns, in order. */
	public static final List<OewsColumn> ANNUAL_PERCENTILES = List.of(A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90);

	private static final Map<String, OewsColumn> BY_HEADER = new HashMap<>();

	static {
		for (OewsColumn column : values()) {
			BY_HEADER.put(column.name(), column);
			for (String alias : column.aliases) {
				BY_HEADER.put(alias, column);
			}
		}
	}

	private final boolean wage;

	private final List<String> aliases;

	OewsColumn(boolean wage, String... aliases) {
		this.wage = wage;
		this.aliases = List.of(aliases);
	}

	/**
	 * Whether the column holds a wage (a mean or a percentile, hourly or annual).
	 * @return {@code true} for wage columns
	 */
	public boolean isWage() {
		return this.wage;
	}

	/**
	 * Older header names of this column, UPPER-case.
	 * @return the aliases, empty when there are none
	 */
	public List<String> aliases() {
		return this.aliases;
	}

	/**
	 * The column a header names.
	 * @param header the header cell text as found in the file
	 * @return the column, or empty when the header is not an OEWS column
	 */
	public static Optional<OewsColumn> ofHeader(String header) {
		return Optional.ofNullable(BY_HEADER.get(normalize(header)));
	}

	static String normalize(String header) {
		String trimmed = header.strip().toUpperCase(Locale.ROOT);
		StringBuilder normalized = new StringBuilder(trimmed.length());
		boolean blank = false;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00a0') {
				blank = true;
				continue;
			}
			if (blank) {
				normalized.append('_');
				blank = false;
			}
			normalized.append(c);
		}
		return normalized.toString();
	}

}
