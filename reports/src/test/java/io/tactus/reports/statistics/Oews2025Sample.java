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
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.WageRow;

/**
 * The May 2025 state figures for massage therapists (from
 * {@code /work/shared/data/oews-31-9011-2025-states.csv}, plus the national row quoted in
 * its SOURCES.md), as {@link WageRow}s built directly, without the OEWS reader.
 */
final class Oews2025Sample {

	static final String RESOURCE = "statistics/oews-2025-sample.csv";

	private Oews2025Sample() {
	}

	static List<WageRow> rows() {
		InputStream in = Oews2025Sample.class.getClassLoader().getResourceAsStream(RESOURCE);
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
		String area = record.get("area_code");
		boolean national = WageRow.NATIONAL_AREA.equals(area);
		int areaType = national ? 1 : area.equals("72") ? 3 : 2;
		Percentiles annual = new Percentiles(figure(record, "a_pct10"), figure(record, "a_pct25"),
				figure(record, "a_median"), figure(record, "a_pct75"), figure(record, "a_pct90"));
		return new WageRow((int) record.getRecordNumber() + 1, area, record.get("area_title"), areaType,
				record.get("state_abbr"), WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry",
				WageRow.ALL_OWNERSHIPS, WageStatistics.MASSAGE_THERAPISTS, "Massage Therapists", "detailed",
				figure(record, "tot_emp"), Figure.blank(), figure(record, "jobs_1000"), figure(record, "loc_quotient"),
				Figure.blank(), Figure.blank(), figure(record, "h_mean"), figure(record, "a_mean"), Figure.blank(),
				Percentiles.blank(), annual, false, false);
	}

	private static Figure figure(CSVRecord record, String column) {
		String text = record.get(column);
		return text.isEmpty() ? Figure.blank() : Figure.of(Double.parseDouble(text));
	}

}
