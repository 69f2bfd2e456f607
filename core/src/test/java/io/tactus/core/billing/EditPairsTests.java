package io.tactus.core.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.codes.ProviderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EditPairsTests {

	private static final BillingEngine STANDARD = BillingEngine.standard();

	private static EditPair pair(String from, String to, int indicator) {
		return new EditPair("test-1", LocalDate.parse(from), Optional.ofNullable(to).map(LocalDate::parse), "97110",
				"97112", OptionalInt.of(indicator), false, EditStatus.REPORTED, "Test pair", "test");
	}

	@Test
	void appliesAPairOnlyInsideItsEffectiveDates() {
		EditPairs pairs = EditPairs.of(List.of(pair("2026-01-01", "2026-06-30", 1)));
		assertThat(pairs.find("97112", "97110", LocalDate.of(2026, 6, 30))).isPresent();
		assertThat(pairs.find("97112", "97110", LocalDate.of(2026, 7, 1))).isEmpty();
		assertThat(pairs.find("97112", "97110", LocalDate.of(2025, 12, 31))).isEmpty();
	}

	@Test
	void picksTheVersionInForceOnTheDate() {
		EditPair old = pair("2020-01-01", "2025-12-31", 1);
		EditPair current = new EditPair("test-2", LocalDate.of(2026, 1, 1), Optional.empty(), "97110", "97112",
				OptionalInt.of(0), false, EditStatus.REPORTED, "Newer pair", "test");
		EditPairs pairs = EditPairs.of(List.of(old, current));
		assertThat(pairs.find("97110", "97112", LocalDate.of(2025, 5, 1))).map(EditPair::version).contains("test-1");
		assertThat(pairs.find("97110", "97112", LocalDate.of(2026, 5, 1))).map(EditPair::version).contains("test-2");
		assertThat(pairs.versions()).containsExactly("test-1", "test-2");
	}

	@Test
	void reportsIndicatorZeroPairEvenWithAModifier() {
		BillingEngine engine = BillingEngine.of(STANDARD.catalog(), EditPairs.of(List.of(pair("2020-01-01", null, 0))),
				STANDARD.rvus());
		VisitEvaluation evaluation = engine
			.evaluate(VisitClaim.of(LocalDate.of(2026, 3, 2), PayerKind.COMMERCIAL, ProviderType.PT,
					List.of(ServiceLine.of("97110", 15), ServiceLine.of("97112", 15).withModifiers("59"))));
		assertThat(evaluation.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.EDIT_PAIR_WITHOUT_MODIFIER);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.detail()).isInstanceOfSatisfying(FindingDetail.EditPairBilled.class,
					(edit) -> assertThat(edit.problem()).isEqualTo(FindingDetail.EditPairProblem.NEVER_TOGETHER));
		});
	}

	@Test
	void rejectsPairThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> pair("2026-01-01", "2025-01-01", 1))
			.withMessageContaining("2025-01-01");
	}

	@Test
	void rejectsUnknownModifierIndicator() {
		assertThatIllegalArgumentException().isThrownBy(() -> pair("2026-01-01", null, 9)).withMessageContaining("9");
	}

	@Test
	void standardTableCoversTheRequiredPairs() {
		EditPairs pairs = STANDARD.editPairs();
		LocalDate day = LocalDate.of(2026, 3, 2);
		assertThat(pairs.find("97140", "97530", day)).isPresent();
		for (String evaluation : List.of("97161", "97162", "97163")) {
			assertThat(pairs.find("97140", evaluation, day)).isPresent();
		}
		for (String oneOnOne : List.of("97110", "97112", "97116", "97140", "97530")) {
			assertThat(pairs.find("97150", oneOnOne, day)).isPresent();
		}
		assertThat(pairs.find("97530", "97164", day)).isPresent();
		assertThat(pairs.find("97150", "97164", day)).isPresent();
		for (String manipulation : List.of("98940", "98941", "98942")) {
			for (String code : List.of("97140", "97112", "97124")) {
				assertThat(pairs.find(manipulation, code, day))
					.hasValueSatisfying((pair) -> assertThat(pair.sameRegion()).isTrue());
			}
		}
		assertThat(pairs.find("97124", "97140", day)).map(EditPair::status).contains(EditStatus.CONFLICTING);
	}

}
