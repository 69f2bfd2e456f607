package io.tactus.web.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tactus.reports.oews.Figure;
import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.OewsColumn;
import io.tactus.reports.oews.WageRow;
import io.tactus.web.datasets.DatasetDiff.Check;
import io.tactus.web.datasets.DatasetDiff.CheckKind;
import io.tactus.web.datasets.DatasetDiff.FigureChange;
import io.tactus.web.datasets.DatasetDiff.Named;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares two datasets. Each side is read once (its distinct states and occupations, and
 * every figure of its national, state and territory rows, the rows the wage pages show)
 * and compared in memory, so a comparison with a 400,000-row all-data file takes one pass
 * over each dataset instead of a query per row. Datasets do not change once imported, so
 * the last few comparisons are kept.
 */
@Component
class DatasetDiffs {

	static final int LISTED = 25;

	static final int CHECKS_LISTED = 500;

	/** Employment that grows or shrinks by this factor or more is a check. */
	static final double EMPLOYMENT_FACTOR = 3;

	/** A median that moves by more than this share of the published one is a check. */
	static final double MEDIAN_MOVE_PERCENT = 50;

	private static final int KEPT = 4;

	/** The figure columns, in the order of {@link WageRowStore#figures(WageRow)}. */
	static final List<OewsColumn> FIGURE_COLUMNS = Arrays.stream(OewsColumn.values())
		.filter((column) -> column.ordinal() >= OewsColumn.TOT_EMP.ordinal()
				&& column.ordinal() <= OewsColumn.A_PCT90.ordinal())
		.toList();

	private final JdbcClient jdbc;

	private final WageRowStore rows;

	private final Map<List<Long>, DatasetDiff> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Long>, DatasetDiff> eldest) {
			return size() > KEPT;
		}

	};

	DatasetDiffs(JdbcClient jdbc, WageRowStore rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	DatasetDiff diff(Dataset candidate, Dataset published) {
		List<Long> key = List.of(candidate.id(), published.id());
		synchronized (this.kept) {
			DatasetDiff diff = this.kept.get(key);
			if (diff != null) {
				return diff;
			}
		}
		DatasetDiff diff = compute(candidate, published);
		synchronized (this.kept) {
			this.kept.put(key, diff);
		}
		return diff;
	}

	private DatasetDiff compute(Dataset candidate, Dataset published) {
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
		Figures figures = new Figures(byKey(candidate.id()), byKey(published.id()));
		return new DatasetDiff(published, minus(statesNew, statesOld), minus(statesOld, statesNew),
				first(occupationsAdded), first(occupationsRemoved), occupationsAdded.size(), occupationsRemoved.size(),
				figures.compared, figures.changed, figures.largest(), List.copyOf(figures.checks), figures.checkCounts);
	}

	private Map<List<String>, WageRow> byKey(long datasetId) {
		Map<List<String>, WageRow> byKey = new LinkedHashMap<>();
		for (WageRow row : this.rows.stateAndNationalRows(datasetId)) {
			byKey.putIfAbsent(List.of(row.areaCode(), row.occupationCode()), row);
		}
		return byKey;
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

	private static String area(WageRow row) {
		return row.areaTitle().isEmpty() ? row.areaCode() : row.areaTitle();
	}

	private static boolean suppressed(FigureState state) {
		return state == FigureState.WAGE_NOT_AVAILABLE || state == FigureState.EMPLOYMENT_NOT_AVAILABLE;
	}

	/**
	 * Compares every figure of the rows both datasets have, column by column.
	 */
	private static final class Figures {

		private final List<FigureChange> changes = new ArrayList<>();

		private final List<Check> checks = new ArrayList<>();

		private final Map<CheckKind, Long> checkCounts = new EnumMap<>(CheckKind.class);

		private long compared;

		private long changed;

		Figures(Map<List<String>, WageRow> after, Map<List<String>, WageRow> before) {
			int columns = FIGURE_COLUMNS.size();
			long[] shownBefore = new long[columns];
			long[] shownAfter = new long[columns];
			for (WageRow row : before.values()) {
				count(WageRowStore.figures(row), shownBefore);
			}
			for (WageRow row : after.values()) {
				count(WageRowStore.figures(row), shownAfter);
			}
			boolean[] missing = new boolean[columns];
			for (int i = 0; i < columns; i++) {
				missing[i] = !after.isEmpty() && shownAfter[i] == 0 && shownBefore[i] > 0;
				if (missing[i]) {
					add(new Check(CheckKind.MISSING_COLUMN, "", 0, "", FIGURE_COLUMNS.get(i), Figure.blank(),
							Figure.blank(), shownBefore[i]));
				}
			}
			after.forEach((key, now) -> {
				WageRow then = before.get(key);
				if (then != null) {
					compare(then, now, missing);
				}
			});
		}

		private static void count(List<Figure> figures, long[] shown) {
			for (int i = 0; i < shown.length; i++) {
				if (figures.get(i).state() != FigureState.BLANK) {
					shown[i]++;
				}
			}
		}

		private void compare(WageRow then, WageRow now, boolean[] missing) {
			List<Figure> before = WageRowStore.figures(then);
			List<Figure> after = WageRowStore.figures(now);
			String occupation = now.occupationCode() + " " + now.occupationTitle();
			for (int i = 0; i < before.size(); i++) {
				if (missing[i]) {
					continue;
				}
				Figure was = before.get(i);
				Figure is = after.get(i);
				OewsColumn column = FIGURE_COLUMNS.get(i);
				this.compared++;
				if (was.equals(is)) {
					continue;
				}
				this.changed++;
				CheckKind kind = check(column, was, is);
				if (kind != null) {
					add(new Check(kind, area(now), now.sourceRow(), occupation, column, was, is, 0));
				}
				if (was.isKnown() && is.isKnown()) {
					this.changes.add(new FigureChange(area(now), now.sourceRow(), occupation, column, was, is));
					if (this.changes.size() >= 40 * LISTED) {
						largest();
					}
				}
			}
		}

		private static CheckKind check(OewsColumn column, Figure was, Figure is) {
			if (is.state() == FigureState.TOP_CODED && was.state() != FigureState.BLANK) {
				return CheckKind.NEWLY_TOP_CODED;
			}
			if (suppressed(is.state()) && (was.isKnown() || was.state() == FigureState.TOP_CODED)) {
				return CheckKind.NEWLY_SUPPRESSED;
			}
			if (!was.isKnown() || !is.isKnown()) {
				return null;
			}
			double then = was.value().getAsDouble();
			double now = is.value().getAsDouble();
			if (column == OewsColumn.TOT_EMP && Math.max(then, now) > 0
					&& Math.max(then, now) >= EMPLOYMENT_FACTOR * Math.min(then, now)) {
				return CheckKind.EMPLOYMENT_JUMP;
			}
			if ((column == OewsColumn.A_MEDIAN || column == OewsColumn.H_MEDIAN) && then > 0
					&& Math.abs(now - then) > then * MEDIAN_MOVE_PERCENT / 100) {
				return CheckKind.MEDIAN_JUMP;
			}
			return null;
		}

		private void add(Check check) {
			if (this.checkCounts.merge(check.kind(), 1L, Long::sum) <= CHECKS_LISTED
					&& this.checks.size() < CHECKS_LISTED) {
				this.checks.add(check);
			}
		}

		/**
		 * Keeps only the largest changes.
		 * @return the {@value DatasetDiffs#LISTED} largest, largest first
		 */
		List<FigureChange> largest() {
			this.changes.sort(Comparator
				.comparingDouble((FigureChange change) -> Double.isNaN(change.percent()) ? Double.POSITIVE_INFINITY
						: Math.abs(change.percent()))
				.reversed()
				.thenComparing(FigureChange::area)
				.thenComparing(FigureChange::occupation)
				.thenComparing(FigureChange::column));
			this.changes.subList(Math.min(LISTED, this.changes.size()), this.changes.size()).clear();
			return List.copyOf(this.changes);
		}

	}

}
