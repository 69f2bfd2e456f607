package io.tactus.web.wages;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.tactus.reports.oews.UsState;

/**
 * Where each state sits on the tile-grid map: one square per state at a fixed column and
 * row, roughly where it lies (a common layout of U.S. tile maps), the territories along
 * the bottom.
 */
final class TileGrid {

	/** Columns of the grid. */
	static final int COLUMNS = 12;

	/** Rows of the grid. */
	static final int ROWS = 8;

	private static final Map<UsState, int[]> POSITIONS;

	static {
		Map<UsState, int[]> p = new EnumMap<>(UsState.class);
		place(p, 0, UsState.AK, 0, UsState.ME, 10);
		place(p, 1, UsState.WI, 5, UsState.VT, 9, UsState.NH, 10);
		place(p, 2, UsState.WA, 0, UsState.ID, 1, UsState.MT, 2, UsState.ND, 3, UsState.MN, 4, UsState.IL, 5,
				UsState.MI, 6, UsState.NY, 8, UsState.MA, 9);
		place(p, 3, UsState.OR, 0, UsState.NV, 1, UsState.WY, 2, UsState.SD, 3, UsState.IA, 4, UsState.IN, 5,
				UsState.OH, 6, UsState.PA, 7, UsState.NJ, 8, UsState.CT, 9, UsState.RI, 10);
		place(p, 4, UsState.CA, 0, UsState.UT, 1, UsState.CO, 2, UsState.NE, 3, UsState.MO, 4, UsState.KY, 5,
				UsState.WV, 6, UsState.VA, 7, UsState.MD, 8, UsState.DE, 9);
		place(p, 5, UsState.AZ, 1, UsState.NM, 2, UsState.KS, 3, UsState.AR, 4, UsState.TN, 5, UsState.NC, 6,
				UsState.SC, 7, UsState.DC, 8);
		place(p, 6, UsState.OK, 3, UsState.LA, 4, UsState.MS, 5, UsState.AL, 6, UsState.GA, 7);
		place(p, 7, UsState.HI, 0, UsState.GU, 1, UsState.TX, 3, UsState.FL, 8, UsState.PR, 10, UsState.VI, 11);
		POSITIONS = Collections.unmodifiableMap(p);
	}

	private TileGrid() {
	}

	/**
	 * The column of a state.
	 * @param state the state
	 * @return 0 to {@link #COLUMNS} − 1
	 */
	static int column(UsState state) {
		return POSITIONS.get(state)[0];
	}

	/**
	 * The row of a state.
	 * @param state the state
	 * @return 0 to {@link #ROWS} − 1
	 */
	static int row(UsState state) {
		return POSITIONS.get(state)[1];
	}

	static Map<UsState, int[]> positions() {
		return POSITIONS;
	}

	private static void place(Map<UsState, int[]> positions, int row, Object... stateThenColumn) {
		for (int i = 0; i < stateThenColumn.length; i += 2) {
			positions.put((UsState) stateThenColumn[i], new int[] { (Integer) stateThenColumn[i + 1], row });
		}
	}

}
