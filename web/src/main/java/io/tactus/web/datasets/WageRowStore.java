package io.tactus.web.datasets;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.Percentiles;
import io.tactus.reports.oews.WageRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the wage datasets. Each figure is a nullable number plus one character in
 * {@code markers} that keeps why it is missing, so BLS special values survive storage.
 */
@Repository
class WageRowStore {

	private static final String COLUMNS = """
			dataset_id, source_row, area_code, area_title, area_type, prim_state, naics, naics_title, i_group,
			own_code, occ_code, occ_title, o_group, annual_only, hourly_only, markers, tot_emp, emp_prse, jobs_1000,
			loc_quotient, pct_total, pct_rpt, h_mean, a_mean, mean_prse, h_pct10, h_pct25, h_median, h_pct75,
			h_pct90, a_pct10, a_pct25, a_median, a_pct75, a_pct90""";

	private static final String INSERT = "insert into wage_row (" + COLUMNS
			+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int FIGURES = 19;

	private final JdbcClient jdbc;

	/** For batches only: {@link JdbcClient} has no batch API. */
	private final JdbcTemplate batches;

	WageRowStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	void insert(long datasetId, List<WageRow> rows) {
		this.batches.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> bind(ps, datasetId, row));
	}

	void deleteRows(long datasetId) {
		this.jdbc.sql("delete from wage_row where dataset_id = ?").param(datasetId).update();
	}

	List<WageRow> stateAndNationalRows(long datasetId) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from wage_row where dataset_id = ? and area_type in (1, 2, 3) and naics = '000000' and own_code = '1235' order by source_row")
			.param(datasetId)
			.query(WageRowStore::row)
			.list();
	}

	List<PublishedFigures.StateOccupation> stateOccupations(long datasetId) {
		return this.jdbc.sql("""
				select occ_code, max(occ_title) as occ_title from wage_row
				where dataset_id = ? and area_type in (2, 3) and naics = '000000' and own_code = '1235'
				group by occ_code order by occ_code""")
			.param(datasetId)
			.query((rs, n) -> new PublishedFigures.StateOccupation(rs.getString("occ_code"), rs.getString("occ_title")))
			.list();
	}

	/**
	 * The first rows of a dataset, for the preview.
	 * @param datasetId the dataset
	 * @param limit how many
	 * @return the rows in file order
	 */
	List<WageRow> preview(long datasetId, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from wage_row where dataset_id = ? order by source_row limit ?")
			.params(datasetId, limit)
			.query(WageRowStore::row)
			.list();
	}

	private static void bind(PreparedStatement ps, long datasetId, WageRow row) throws SQLException {
		ps.setLong(1, datasetId);
		ps.setInt(2, row.sourceRow());
		ps.setString(3, row.areaCode());
		ps.setString(4, cut(row.areaTitle(), 200));
		ps.setInt(5, row.areaType());
		ps.setString(6, cut(row.primState(), 4));
		ps.setString(7, cut(row.naics(), 10));
		ps.setString(8, cut(row.naicsTitle(), 300));
		ps.setString(9, cut(row.industryGroup(), 40));
		ps.setString(10, cut(row.ownershipCode(), 6));
		ps.setString(11, cut(row.occupationCode(), 10));
		ps.setString(12, cut(row.occupationTitle(), 300));
		ps.setString(13, cut(row.occupationGroup(), 20));
		ps.setBoolean(14, row.annualOnly());
		ps.setBoolean(15, row.hourlyOnly());
		List<Figure> figures = figures(row);
		StringBuilder markers = new StringBuilder(FIGURES);
		for (int i = 0; i < FIGURES; i++) {
			Figure figure = figures.get(i);
			markers.append(marker(figure.state()));
			if (figure.isKnown()) {
				ps.setDouble(17 + i, figure.value().getAsDouble());
			}
			else {
				ps.setNull(17 + i, Types.DOUBLE);
			}
		}
		ps.setString(16, markers.toString());
	}

	static List<Figure> figures(WageRow row) {
		List<Figure> figures = new ArrayList<>(FIGURES);
		figures.add(row.employment());
		figures.add(row.employmentRse());
		figures.add(row.jobsPer1000());
		figures.add(row.locationQuotient());
		figures.add(row.percentOfIndustry());
		figures.add(row.percentReporting());
		figures.add(row.hourlyMean());
		figures.add(row.annualMean());
		figures.add(row.meanRse());
		figures.addAll(row.hourly().asList());
		figures.addAll(row.annual().asList());
		return figures;
	}

	private static WageRow row(ResultSet rs, int n) throws SQLException {
		String markers = rs.getString("markers");
		Figure[] f = new Figure[FIGURES];
		for (int i = 0; i < FIGURES; i++) {
			FigureState state = state(markers.charAt(i));
			if (state == FigureState.KNOWN) {
				f[i] = Figure.of(rs.getDouble(17 + i));
			}
			else {
				f[i] = Figure.absent(state);
			}
		}
		return new WageRow(rs.getInt("source_row"), rs.getString("area_code"), rs.getString("area_title"),
				rs.getInt("area_type"), rs.getString("prim_state"), rs.getString("naics"), rs.getString("naics_title"),
				rs.getString("i_group"), rs.getString("own_code"), rs.getString("occ_code"), rs.getString("occ_title"),
				rs.getString("o_group"), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
				new Percentiles(f[9], f[10], f[11], f[12], f[13]), new Percentiles(f[14], f[15], f[16], f[17], f[18]),
				rs.getBoolean("annual_only"), rs.getBoolean("hourly_only"));
	}

	private static char marker(FigureState state) {
		return switch (state) {
			case KNOWN -> 'K';
			case BLANK -> '-';
			case WAGE_NOT_AVAILABLE -> '*';
			case EMPLOYMENT_NOT_AVAILABLE -> 'E';
			case TOP_CODED -> '#';
			case UNDER_HALF_PERCENT -> '~';
		};
	}

	private static FigureState state(char marker) {
		return switch (marker) {
			case 'K' -> FigureState.KNOWN;
			case '*' -> FigureState.WAGE_NOT_AVAILABLE;
			case 'E' -> FigureState.EMPLOYMENT_NOT_AVAILABLE;
			case '#' -> FigureState.TOP_CODED;
			case '~' -> FigureState.UNDER_HALF_PERCENT;
			default -> FigureState.BLANK;
		};
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
