package io.tactus.reports.oews;

import java.util.Objects;

/**
 * One data row of an OEWS wage table, as BLS publishes it (one area, occupation, industry
 * and ownership). Text columns that a file lacks are empty strings; numeric columns are
 * {@link Figure}s, so a missing or special value is explicit.
 *
 * @param sourceRow the row number in the source (Excel's 1-based row number, or the CSV
 * line)
 * @param areaCode AREA: {@code 99} for the U.S., two-digit state FIPS, or a
 * metro/nonmetro code
 * @param areaTitle AREA_TITLE
 * @param areaType AREA_TYPE (1 U.S., 2 state, 3 territory, 4 metro, 6 nonmetro); when the
 * file has none, derived from AREA for the nation, states and territories, else 0
 * @param primState PRIM_STATE, the two-letter postal code ({@code US} nationally); when
 * the file has none, derived from AREA for the nation and states, else empty
 * @param naics NAICS industry code ({@code 000000} cross-industry)
 * @param naicsTitle NAICS_TITLE
 * @param industryGroup I_GROUP
 * @param ownershipCode OWN_CODE ({@code 1235} all ownerships)
 * @param occupationCode OCC_CODE, SOC {@code ##-####}
 * @param occupationTitle OCC_TITLE
 * @param occupationGroup O_GROUP ({@code total}, {@code major}, {@code detailed}, ...)
 * @param employment TOT_EMP
 * @param employmentRse EMP_PRSE
 * @param jobsPer1000 JOBS_1000
 * @param locationQuotient LOC_QUOTIENT
 * @param percentOfIndustry PCT_TOTAL
 * @param percentReporting PCT_RPT
 * @param hourlyMean H_MEAN
 * @param annualMean A_MEAN
 * @param meanRse MEAN_PRSE
 * @param hourly H_PCT10 ... H_PCT90
 * @param annual A_PCT10 ... A_PCT90
 * @param annualOnly ANNUAL: only annual wages are published
 * @param hourlyOnly HOURLY: only hourly wages are published
 */
public record WageRow(int sourceRow, String areaCode, String areaTitle, int areaType, String primState, String naics,
		String naicsTitle, String industryGroup, String ownershipCode, String occupationCode, String occupationTitle,
		String occupationGroup, Figure employment, Figure employmentRse, Figure jobsPer1000, Figure locationQuotient,
		Figure percentOfIndustry, Figure percentReporting, Figure hourlyMean, Figure annualMean, Figure meanRse,
		Percentiles hourly, Percentiles annual, boolean annualOnly, boolean hourlyOnly) {

	/** NAICS code of cross-industry rows. */
	public static final String CROSS_INDUSTRY = "000000";

	/** OWN_CODE of all-ownership rows. */
	public static final String ALL_OWNERSHIPS = "1235";

	/** AREA code of the national rows. */
	public static final String NATIONAL_AREA = "99";

	public WageRow {
		Objects.requireNonNull(areaCode, "areaCode");
		Objects.requireNonNull(areaTitle, "areaTitle");
		Objects.requireNonNull(primState, "primState");
		Objects.requireNonNull(naics, "naics");
		Objects.requireNonNull(naicsTitle, "naicsTitle");
		Objects.requireNonNull(industryGroup, "industryGroup");
		Objects.requireNonNull(ownershipCode, "ownershipCode");
		Objects.requireNonNull(occupationCode, "occupationCode");
		Objects.requireNonNull(occupationTitle, "occupationTitle");
		Objects.requireNonNull(occupationGroup, "occupationGroup");
		Objects.requireNonNull(employment, "employment");
		Objects.requireNonNull(employmentRse, "employmentRse");
		Objects.requireNonNull(jobsPer1000, "jobsPer1000");
		Objects.requireNonNull(locationQuotient, "locationQuotient");
		Objects.requireNonNull(percentOfIndustry, "percentOfIndustry");
		Objects.requireNonNull(percentReporting, "percentReporting");
		Objects.requireNonNull(hourlyMean, "hourlyMean");
		Objects.requireNonNull(annualMean, "annualMean");
		Objects.requireNonNull(meanRse, "meanRse");
		Objects.requireNonNull(hourly, "hourly");
		Objects.requireNonNull(annual, "annual");
	}

	/**
	 * The key that must be unique within a dataset.
	 * @return the (area, occupation, industry, ownership) key
	 */
	public WageKey key() {
		return new WageKey(this.areaCode, this.occupationCode, this.naics, this.ownershipCode);
	}

	/**
	 * Whether this is a cross-industry, all-ownership row for a state, DC or a territory:
	 * the rows the state comparison uses.
	 * @return {@code true} for a state-level row
	 */
	public boolean isStateTotal() {
		return (this.areaType == 2 || this.areaType == 3) && CROSS_INDUSTRY.equals(this.naics)
				&& ALL_OWNERSHIPS.equals(this.ownershipCode);
	}

	/**
	 * Whether this is the national cross-industry, all-ownership row.
	 * @return {@code true} for the national row
	 */
	public boolean isNationalTotal() {
		return (this.areaType == 1 || NATIONAL_AREA.equals(this.areaCode)) && CROSS_INDUSTRY.equals(this.naics)
				&& ALL_OWNERSHIPS.equals(this.ownershipCode);
	}

	/**
	 * The identity of a row within one dataset.
	 *
	 * @param areaCode AREA
	 * @param occupationCode OCC_CODE
	 * @param naics NAICS
	 * @param ownershipCode OWN_CODE
	 */
	public record WageKey(String areaCode, String occupationCode, String naics, String ownershipCode) {
	}

}
