package io.tactus.web.wages;

import java.util.HashSet;
import java.util.Set;

import io.tactus.reports.oews.UsState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tile grid places every state and territory once, inside the grid.
 */
class TileGridTests {

	@Test
	void placesEveryStateOnItsOwnSquareInsideTheGrid() {
		Set<String> used = new HashSet<>();
		for (UsState state : UsState.values()) {
			int column = TileGrid.column(state);
			int row = TileGrid.row(state);
			assertThat(column).as("%s column", state).isBetween(0, TileGrid.COLUMNS - 1);
			assertThat(row).as("%s row", state).isBetween(0, TileGrid.ROWS - 1);
			assertThat(used.add(column + "," + row)).as("%s has a square of its own", state).isTrue();
		}
		assertThat(TileGrid.positions()).hasSize(UsState.values().length);
	}

}
