package io.tactus.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tactus.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PaymentReasonTests {

	private static PaymentReason.MedicareRate rate(int units, int full, int reduced) {
		return new PaymentReason.MedicareRate("97110", units, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				Gpci.national(), BigDecimal.TEN, full, reduced, false, Money.zero(), false);
	}

	@Test
	void rejectsFullAndReducedUnitsThatDoNotAddUpToTheUnits() {
		assertThat(rate(3, 1, 2).units()).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> rate(3, 1, 1)).withMessageContaining("add up to 3");
		assertThatIllegalArgumentException().isThrownBy(() -> rate(1, 2, -1));
	}

	@Test
	void rejectsBlankCodesAndUnitsBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PaymentReason.Bundled(" "));
		assertThatNullPointerException().isThrownBy(() -> new PaymentReason.NotCovered(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PaymentReason.ClinicFee(0, Money.zero(), Money.zero()));
		assertThatNullPointerException().isThrownBy(() -> new PaymentReason.NotRecognised("97014", null));
	}

	@Test
	void notesRejectAReductionOfOneUnitAndCopyTheLoadedYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PaymentNote.MultipleProcedureReduction(1, "97110"));
		List<Integer> years = new ArrayList<>(List.of(2025));
		PaymentNote.NoMedicareSchedule note = new PaymentNote.NoMedicareSchedule(2027, years);
		years.add(2026);
		assertThat(note.loadedYears()).containsExactly(2025);
		assertThat(new PaymentReason.NotInFeeSchedule("97139", 2026, Optional.empty()).release()).isEmpty();
	}

}
