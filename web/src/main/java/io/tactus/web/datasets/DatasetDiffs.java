package io.tactus.web.datasets;

import java.util.List;

import io.tactus.web.datasets.DatasetDiff.MedianChange;
import io.tactus.web.datasets.DatasetDiff.Named;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares two datasets in the database.
 */
@Component
class DatasetDiffs {

	static final int LISTED = 25;

	private static final String STATES = """
			select distinct area_code as code, area_title as title from wage_row
			where dataset_id = :a and area_type in (2, 3)
			and area_code not in (select area_code from wage_row where dataset_id = :b and area_type in (2, 3))
			order by code""";

	private static final String OCCUPATIONS = """
			select distinct occ_code as code, occ_title as title from wage_row where dataset_id = :a
			and occ_code not in (select occ_code from wage_row where dataset_id = :b)
			order by code""";

	private final JdbcClient jdbc;

	DatasetDiffs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DatasetDiff diff(Dataset candidate, Dataset published) {
		long a = candidate.id();
		long b = published.id();
		List<Named> occupationsAdded = named(OCCUPATIONS, a, b);
		List<Named> occupationsRemoved = named(OCCUPATIONS, b, a);
		List<MedianChange> changes = this.jdbc.sql("""
				select n.area_title, n.occ_title, o.a_median as before_median, n.a_median as after_median
				from wage_row n join wage_row o on o.dataset_id = :b and o.area_code = n.area_code
				and o.occ_code = n.occ_code and o.naics = n.naics and o.own_code = n.own_code
				where n.dataset_id = :a and n.area_type in (2, 3) and n.naics = '000000' and n.own_code = '1235'
				and n.a_median is not null and o.a_median is not null and n.a_median <> o.a_median
				order by abs(n.a_median - o.a_median) desc, n.area_title limit :limit""")
			.param("a", a)
			.param("b", b)
			.param("limit", LISTED)
			.query((rs, n) -> new MedianChange(rs.getString("area_title"), rs.getString("occ_title"),
					rs.getDouble("before_median"), rs.getDouble("after_median")))
			.list();
		return new DatasetDiff(published, named(STATES, a, b), named(STATES, b, a), first(occupationsAdded),
				first(occupationsRemoved), occupationsAdded.size(), occupationsRemoved.size(), changes);
	}

	private List<Named> named(String sql, long a, long b) {
		return this.jdbc.sql(sql)
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> new Named(rs.getString("code"), rs.getString("title")))
			.list();
	}

	private static List<Named> first(List<Named> all) {
		return all.subList(0, Math.min(LISTED, all.size()));
	}

}
