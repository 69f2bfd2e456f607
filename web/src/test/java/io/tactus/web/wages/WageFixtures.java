package io.tactus.web.wages;

import java.time.OffsetDateTime;
import java.util.List;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;
import io.tactus.web.datasets.Dataset;
import io.tactus.web.datasets.DatasetStatus;

/**
 * Small hand-made wage rows and datasets for the plain tests.
 */
final class WageFixtures {

	private WageFixtures() {
	}

	static WageRow row(UsState state, String areaTitle, String occupationTitle, double employment, double median) {
		Figure blank = Figure.blank();
		Percentiles annual = new Percentiles(Figure.of(median * 0.6), Figure.of(median * 0.8), Figure.of(median),
				Figure.of(median * 1.25), Figure.of(median * 1.6));
		return new WageRow(1, state.fips(), areaTitle, 2, state.postalCode(), WageRow.CROSS_INDUSTRY, "Cross-industry",
				"cross-industry", WageRow.ALL_OWNERSHIPS, "31-9011", occupationTitle, "detailed", Figure.of(employment),
				blank, blank, Figure.of(1.1), blank, blank, blank, blank, blank, Percentiles.blank(), annual, false,
				false);
	}

	static Dataset dataset(long id, int year) {
		return new Dataset(id, "test.csv", 1, "sha", "UPLOAD", "test", OffsetDateTime.now(), year,
				DatasetStatus.PUBLISHED, "sheet", 4, 4, 0, 0, 0, 0, "", OffsetDateTime.now(), "test");
	}

	static Selection selection(int year) {
		return new Selection(dataset(1, year), year, new Occupation("31-9011", "Massage Therapists"),
				List.of(dataset(1, year)), List.of(new Occupation("31-9011", "Massage Therapists")));
	}

}
