package io.tactus.reports.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.oews.WageRow;

/**
 * Real state figures for massage therapists, copied from the research files in
 * {@code /work/shared/data} (see its SOURCES.md), as {@link WageRow}s built directly,
 * without the OEWS reader. Columns a file lacks are blank.
 */
final class OewsSamples {

	/** May 2025: employment, LQ and percentiles of 52 areas, plus the national row. */
	static final String MAY_2025 = "statistics/oews-2025-sample.csv";

	/** May 2023: mean wages of 53 areas. */
	static final String MAY_2023_MEANS = "statistics/oews-2023-means-sample.csv";

	/** May 2019: mean wages of the 20 best-paid states. */
	static final String MAY_2019_MEANS = "statistics/oews-2019-means-sample.csv";

	private OewsSamples() {
	}

	static List<WageRow> may2025() {
		return rows(MAY_2025);
	}

	static List<WageRow> rows(String resource) {
		InputStream in = OewsSamples.class.getClassLoader().getResourceAsStream(resource);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			List<WageRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(row(record));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static WageRow row(CSVRecord record) {
		String postalCode = record.get("state_abbr");
		boolean national = "US".equals(postalCode);
		UsState state = national ? null : UsState.ofPostalCode(postalCode).orElseThrow();
		String area = national ? WageRow.NATIONAL_AREA : state.fips();
		int areaType = national ? 1 : state.isTerritory() ? 3 : 2;
		Percentiles annual = new Percentiles(figure(record, "a_pct10"), figure(record, "a_pct25"),
				figure(record, "a_median"), figure(record, "a_pct75"), figure(record, "a_pct90"));
		return new WageRow((int) record.getRecordNumber() + 1, area, record.get("area_title"), areaType, postalCode,
				WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry", WageRow.ALL_OWNERSHIPS,
				WageStatistics.MASSAGE_THERAPISTS, "Massage Therapists", "detailed", figure(record, "tot_emp"),
				Figure.blank(), figure(record, "jobs_1000"), figure(record, "loc_quotient"), Figure.blank(),
				Figure.blank(), figure(record, "h_mean"), figure(record, "a_mean"), Figure.blank(), Percentiles.blank(),
				annual, false, false);
	}

	private static Figure figure(CSVRecord record, String column) {
		String text = record.isMapped(column) ? record.get(column) : "";
		return FigureState.ofMarker(text)
			.map((state) -> (state == FigureState.BLANK) ? Figure.blank() : Figure.absent(state))
			.orElseGet(() -> Figure.of(Double.parseDouble(text)));
	}

}
