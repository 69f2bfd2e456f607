package io.tactus.core.summary;

import java.time.LocalDate;
import java.util.List;

import io.tactus.core.summary.KxVisit.KxDiscipline;
import io.tactus.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KxThresholdTests {

	private static final KxThreshold THRESHOLD = new KxThreshold(2026, KxThreshold.AMOUNT_2026, KxThreshold.NEAR_SHARE);

	private static KxVisit visit(long id, String patient, int month, KxDiscipline discipline, String allowed) {
		return new KxVisit(id, patient, LocalDate.of(2026, month, 1), discipline, Money.parse(allowed));
	}

	@Test
	void namesTheVisitAtWhichAPatientCrossed() {
		List<KxPatient> patients = THRESHOLD.patients(List.of(visit(3, "A-1", 3, KxDiscipline.PT_SLP, "1000.00"),
				visit(1, "A-1", 1, KxDiscipline.PT_SLP, "1000.00"), visit(2, "A-1", 2, KxDiscipline.PT_SLP, "490.00"),
				visit(4, "A-1", 4, KxDiscipline.PT_SLP, "10.00")));

		assertThat(patients).singleElement().satisfies((patient) -> {
			assertThat(patient.status()).isEqualTo(KxPatient.Status.OVER);
			assertThat(patient.crossedVisit()).contains(3L);
			assertThat(patient.crossedOn()).contains(LocalDate.of(2026, 3, 1));
			assertThat(patient.spent()).isEqualTo(Money.parse("2500.00"));
		});
	}

	@Test
	void keepsPtAndOtApartAndFlagsPatientsNearTheThreshold() {
		List<KxPatient> patients = THRESHOLD.patients(List.of(visit(1, "B-1", 1, KxDiscipline.PT_SLP, "2000.00"),
				visit(2, "B-1", 2, KxDiscipline.OT, "1000.00"), visit(3, "C-1", 2, KxDiscipline.OT, "100.00")));

		assertThat(patients).extracting(KxPatient::status)
			.containsExactly(KxPatient.Status.NEAR, KxPatient.Status.BELOW, KxPatient.Status.BELOW);
		assertThat(patients.get(0).share()).isEqualByComparingTo("0.8065");
	}

	@Test
	void ignoresVisitsOfOtherYears() {
		KxVisit last = new KxVisit(1, "D-1", LocalDate.of(2025, 12, 30), KxDiscipline.OT, Money.parse("3000.00"));

		assertThat(THRESHOLD.patients(List.of(last))).isEmpty();
	}

	@Test
	void forecastsTheCrossingVisitAtAFrequency() {
		// 480 left at 100 per visit: the 5th visit crosses; 2 a week → 18 days
		assertThat(THRESHOLD.forecast(Money.parse("2000.00"), LocalDate.of(2026, 3, 2), 2, Money.parse("100.00")))
			.contains(LocalDate.of(2026, 3, 20));
		assertThat(THRESHOLD.forecast(Money.zero(), LocalDate.of(2026, 12, 1), 1, Money.parse("10.00"))).isEmpty();
	}

}
