package io.tactus.web.wages;

import java.util.Optional;

import io.tactus.reports.statistics.Measure;

/**
 * A column of the state table, named in sort links and exports by its key
 * ({@code ?sort=annualMedian&dir=desc}).
 */
enum Column {

	STATE("state", Kind.TEXT, null),

	EMPLOYMENT("employment", Kind.COUNT, Measure.EMPLOYMENT),

	JOBS_PER_1000("jobsPer1000", Kind.RATIO, Measure.JOBS_PER_1000),

	LOCATION_QUOTIENT("locationQuotient", Kind.RATIO, Measure.LOCATION_QUOTIENT),

	MEAN("annualMean", Kind.WAGE, Measure.ANNUAL_MEAN),

	P10("annualP10", Kind.WAGE, Measure.ANNUAL_P10),

	P25("annualP25", Kind.WAGE, Measure.ANNUAL_P25),

	MEDIAN("annualMedian", Kind.WAGE, Measure.ANNUAL_MEDIAN),

	P75("annualP75", Kind.WAGE, Measure.ANNUAL_P75),

	P90("annualP90", Kind.WAGE, Measure.ANNUAL_P90),

	RANK("rankByMedian", Kind.RANK, null),

	VS_NATIONAL("medianVsNationalPercent", Kind.PERCENT, null),

	RPP("rpp", Kind.INDEX, null),

	DEMAND("demandScore", Kind.SCORE, null);

	private final String key;

	private final Kind kind;

	private final Measure measure;

	Column(String key, Kind kind, Measure measure) {
		this.key = key;
		this.kind = kind;
		this.measure = measure;
	}

	public String key() {
		return this.key;
	}

	public Kind kind() {
		return this.kind;
	}

	public Optional<Measure> measure() {
		return Optional.ofNullable(this.measure);
	}

	public boolean isWage() {
		return this.kind == Kind.WAGE;
	}

	/**
	 * The message key of the header in a unit.
	 * @param unit the unit
	 * @return the key
	 */
	public String messageKey(Unit unit) {
		return isWage() ? "wages.column." + this.key + "." + unit.key() : "wages.column." + this.key;
	}

	/**
	 * The message key of the header in a unit and basis: the rank column of the
	 * price-adjusted view ranks by the adjusted median.
	 * @param unit the unit
	 * @param basis the basis
	 * @return the key
	 */
	public String messageKey(Unit unit, Basis basis) {
		return (this == RANK && basis == Basis.ADJUSTED) ? "wages.column.rankByMedian.adjusted" : messageKey(unit);
	}

	/**
	 * Whether the first click sorts this column from the highest value down: true for
	 * figures, false for names and ranks.
	 * @return whether descending is the natural order
	 */
	public boolean descendingFirst() {
		return this.kind != Kind.TEXT && this.kind != Kind.RANK;
	}

	/**
	 * The column a key names; {@code hourlyMedian} and the like name the same columns as
	 * their annual keys.
	 * @param text the key
	 * @param parameter the request parameter, for the error
	 * @return the column
	 */
	static Column parse(String text, String parameter) {
		String key = text.trim();
		if (key.startsWith("hourly")) {
			key = "annual" + key.substring("hourly".length());
		}
		for (Column column : values()) {
			if (column.key.equalsIgnoreCase(key)) {
				return column;
			}
		}
		throw new InvalidWageParameterException(parameter, text, "wages.invalid.reason.column",
				String.join(", ", keys()));
	}

	static Column of(Measure measure) {
		for (Column column : values()) {
			if (column.measure == measure) {
				return column;
			}
		}
		throw new IllegalArgumentException("No column for " + measure);
	}

	private static java.util.List<String> keys() {
		return java.util.Arrays.stream(values()).map((c) -> c.key).toList();
	}

}
