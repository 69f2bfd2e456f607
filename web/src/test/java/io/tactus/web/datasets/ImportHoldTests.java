package io.tactus.web.datasets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A node's hold on an import: it goes on until told to stop, and the first reason given
 * is the one it keeps.
 */
class ImportHoldTests {

	@Test
	void goesOnWhileItsLeaseRunsAndNothingStopsIt() {
		ImportHold hold = new ImportHold(30_000, true);

		assertThatNoException().isThrownBy(hold::check);
		assertThat(hold.stop()).isEqualTo(ImportStop.NONE);
		assertThat(hold.expired()).isFalse();
	}

	@Test
	void keepsTheFirstReasonToStopAndThrowsAtTheNextCheck() {
		ImportHold hold = new ImportHold(30_000, true);

		hold.stop(ImportStop.LOST);
		hold.stop(ImportStop.NODE_STOPPING);

		assertThat(hold.stop()).isEqualTo(ImportStop.LOST);
		assertThatExceptionOfType(ImportStoppedException.class).isThrownBy(hold::check).withMessageContaining("LOST");
	}

	@Test
	void anUnclaimedHoldIsNotLostWhenItsLeaseTimeHasPassed() {
		ImportHold hold = new ImportHold(0, false);

		assertThatNoException().isThrownBy(hold::check);
		assertThat(hold.claimed()).isFalse();
		hold.renewed(System.nanoTime());
		assertThat(hold.claimed()).isTrue();
	}

}
