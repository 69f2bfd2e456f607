package io.tactus.web.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tactus.web.datasets.DatasetDiff.MedianChange;
import io.tactus.web.datasets.DatasetDiff.Named;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares two datasets. Each side is read once (its distinct states and occupations, and
 * the medians of its state rows) and compared in memory, so a comparison with a
 * 400,000-row all-data file takes one pass over each dataset instead of a query per row.
 */
@Component
class DatasetDiffs {

	static final int LISTED = 25;

	private final JdbcClient jdbc;

	DatasetDiffs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DatasetDiff diff(Dataset candidate, Dataset published) {
		Map<String, String> statesNew = named(
				"select distinct area_code, area_title from wage_row where dataset_id = :id and area_type in (2, 3)",
				candidate.id());
		Map<String, String> statesOld = named(
				"select distinct area_code, area_title from wage_row where dataset_id = :id and area_type in (2, 3)",
				published.id());
		Map<String, String> occupationsNew = named(
				"select distinct occ_code, occ_title from wage_row where dataset_id = :id", candidate.id());
		Map<String, String> occupationsOld = named(
				"select distinct occ_code, occ_title from wage_row where dataset_id = :id", published.id());
		List<Named> occupationsAdded = minus(occupationsNew, occupationsOld);
		List<Named> occupationsRemoved = minus(occupationsOld, occupationsNew);
		return new DatasetDiff(published, minus(statesNew, statesOld), minus(statesOld, statesNew),
				first(occupationsAdded), first(occupationsRemoved), occupationsAdded.size(), occupationsRemoved.size(),
				medianChanges(medians(candidate.id()), medians(published.id())));
	}

	private static List<MedianChange> medianChanges(Map<List<String>, Median> after, Map<List<String>, Median> before) {
		List<MedianChange> changes = new ArrayList<>();
		after.forEach((key, now) -> {
			Median then = before.get(key);
			if (then != null && then.value() != now.value()) {
				changes.add(new MedianChange(now.area(), now.occupation(), then.value(), now.value()));
			}
		});
		changes.sort(Comparator.comparingDouble((MedianChange change) -> -Math.abs(change.change()))
			.thenComparing(MedianChange::area)
			.thenComparing(MedianChange::occupation));
		return changes.subList(0, Math.min(LISTED, changes.size()));
	}

	private Map<List<String>, Median> medians(long datasetId) {
		Map<List<String>, Median> medians = new LinkedHashMap<>();
		this.jdbc.sql("""
				select area_code, occ_code, area_title, occ_title, a_median from wage_row
				where dataset_id = :id and area_type in (2, 3) and naics = '000000' and own_code = '1235'
				and a_median is not null""").param("id", datasetId).query((rs) -> {
			medians.put(List.of(rs.getString("area_code"), rs.getString("occ_code")),
					new Median(rs.getString("area_title"), rs.getString("occ_title"), rs.getDouble("a_median")));
		});
		return medians;
	}

	private Map<String, String> named(String sql, long datasetId) {
		Map<String, String> named = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("id", datasetId).query((rs) -> {
			named.putIfAbsent(rs.getString(1), rs.getString(2));
		});
		return named;
	}

	private static List<Named> minus(Map<String, String> these, Map<String, String> those) {
		return these.entrySet()
			.stream()
			.filter((entry) -> !those.containsKey(entry.getKey()))
			.map((entry) -> new Named(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Named::code))
			.toList();
	}

	private static List<Named> first(List<Named> all) {
		return all.subList(0, Math.min(LISTED, all.size()));
	}

	private record Median(String area, String occupation, double value) {
	}

}
