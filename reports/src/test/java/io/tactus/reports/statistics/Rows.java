package io.tactus.reports.statistics;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

/**
 * Builds {@link WageRow}s for tests: a state-total (or national) row of massage
 * therapists with every figure blank until set.
 */
final class Rows {

	private int sourceRow = 2;

	private String areaCode;

	private String areaTitle;

	private int areaType;

	private String primState;

	private String naics = WageRow.CROSS_INDUSTRY;

	private String ownership = WageRow.ALL_OWNERSHIPS;

	private String occupation = WageStatistics.MASSAGE_THERAPISTS;

	private Figure employment = Figure.blank();

	private Figure employmentRse = Figure.blank();

	private Figure jobsPer1000 = Figure.blank();

	private Figure locationQuotient = Figure.blank();

	private Figure hourlyMean = Figure.blank();

	private Figure annualMean = Figure.blank();

	private Figure meanRse = Figure.blank();

	private Figure[] annual = { Figure.blank(), Figure.blank(), Figure.blank(), Figure.blank(), Figure.blank() };

	private Rows(String areaCode, String areaTitle, int areaType, String primState) {
		this.areaCode = areaCode;
		this.areaTitle = areaTitle;
		this.areaType = areaType;
		this.primState = primState;
	}

	static Rows state(UsState state) {
		return new Rows(state.fips(), state.title(), state.isTerritory() ? 3 : 2, state.postalCode());
	}

	static Rows national() {
		return new Rows(WageRow.NATIONAL_AREA, "U.S.", 1, "US");
	}

	static Figure topCoded() {
		return Figure.absent(FigureState.TOP_CODED);
	}

	static Figure notAvailable() {
		return Figure.absent(FigureState.WAGE_NOT_AVAILABLE);
	}

	Rows sourceRow(int row) {
		this.sourceRow = row;
		return this;
	}

	Rows occupation(String code) {
		this.occupation = code;
		return this;
	}

	Rows industry(String naics) {
		this.naics = naics;
		return this;
	}

	Rows areaType(int type) {
		this.areaType = type;
		return this;
	}

	Rows employment(double value) {
		return employment(Figure.of(value));
	}

	Rows employment(Figure value) {
		this.employment = value;
		return this;
	}

	Rows employmentRse(double value) {
		this.employmentRse = Figure.of(value);
		return this;
	}

	Rows meanRse(double value) {
		this.meanRse = Figure.of(value);
		return this;
	}

	Rows jobsPer1000(double value) {
		this.jobsPer1000 = Figure.of(value);
		return this;
	}

	Rows locationQuotient(double value) {
		this.locationQuotient = Figure.of(value);
		return this;
	}

	Rows hourlyMean(double value) {
		this.hourlyMean = Figure.of(value);
		return this;
	}

	Rows annualMean(double value) {
		return annualMean(Figure.of(value));
	}

	Rows annualMean(Figure value) {
		this.annualMean = value;
		return this;
	}

	Rows median(double value) {
		return median(Figure.of(value));
	}

	Rows median(Figure value) {
		this.annual[2] = value;
		return this;
	}

	Rows percentiles(double p10, double p25, double median, double p75, double p90) {
		return percentiles(Figure.of(p10), Figure.of(p25), Figure.of(median), Figure.of(p75), Figure.of(p90));
	}

	Rows percentiles(Figure p10, Figure p25, Figure median, Figure p75, Figure p90) {
		this.annual = new Figure[] { p10, p25, median, p75, p90 };
		return this;
	}

	WageRow build() {
		return new WageRow(this.sourceRow, this.areaCode, this.areaTitle, this.areaType, this.primState, this.naics,
				"Cross-industry", "cross-industry", this.ownership, this.occupation, "Massage Therapists", "detailed",
				this.employment, this.employmentRse, this.jobsPer1000, this.locationQuotient, Figure.blank(),
				Figure.blank(), this.hourlyMean, this.annualMean, this.meanRse, Percentiles.blank(),
				new Percentiles(this.annual[0], this.annual[1], this.annual[2], this.annual[3], this.annual[4]), false,
				false);
	}

}
