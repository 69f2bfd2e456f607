package io.tactus.core.codes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CodeCatalogTests {

	private static final CodeCatalog CATALOG = CodeCatalog.load();

	@Test
	void loadsEveryRequiredFamilyFromTheClasspath() {
		List<String> codes = CATALOG.all().stream().map(BillingCode::code).toList();
		assertThat(codes).contains("97010", "97014", "97035", "97039", "97110", "97124", "97140", "97150", "97530",
				"97546", "97161", "97172", "97750", "97755", "97760", "97763", "G0283", "98940", "98943");
		assertThat(codes).doesNotHaveDuplicates();
	}

	@Test
	void findsCodesIgnoringCaseAndSpaces() {
		assertThat(CATALOG.find(" g0283 ")).map(BillingCode::code).contains("G0283");
		assertThat(CATALOG.find("97110")).map(BillingCode::description).contains("Therapeutic exercise");
	}

	@Test
	void findReturnsEmptyForUnknownCode() {
		assertThat(CATALOG.find("99999")).isEmpty();
		assertThat(CATALOG.find(null)).isEmpty();
	}

	@Test
	void marksTimedAndUntimedCodes() {
		assertThat(CATALOG.find("97110").orElseThrow().isTimed()).isTrue();
		assertThat(CATALOG.find("97035").orElseThrow().isTimed()).isTrue();
		assertThat(CATALOG.find("97010").orElseThrow().isTimed()).isFalse();
		assertThat(CATALOG.find("97150").orElseThrow().isTimed()).isFalse();
		assertThat(CATALOG.find("97161").orElseThrow().timing()).isEqualTo(Timing.PER_SERVICE);
		assertThat(CATALOG.find("97545").orElseThrow().timing()).isEqualTo(Timing.PER_HOUR_BLOCK);
	}

	@Test
	void carriesMedicareStatusOfBundledAndUnrecognisedCodes() {
		assertThat(CATALOG.find("97010").orElseThrow().isMedicareBundled()).isTrue();
		BillingCode unattended = CATALOG.find("97014").orElseThrow();
		assertThat(unattended.isMedicareNotRecognised()).isTrue();
		assertThat(unattended.medicareReplacement()).contains("G0283");
		assertThat(CATALOG.find("97169").orElseThrow().medicareStatus()).as("not in the CMS files").isEmpty();
		assertThat(CATALOG.find("97039").orElseThrow().medicareStatus()).contains(MedicareStatus.CARRIER_PRICED);
	}

	@Test
	void keepsUnknownMueEmptyInsteadOfZero() {
		assertThat(CATALOG.find("97110").orElseThrow().mue()).hasValue(6);
		assertThat(CATALOG.find("97035").orElseThrow().mue()).hasValue(2);
		assertThat(CATALOG.find("97140").orElseThrow().mue()).isEmpty();
	}

	@Test
	void listsProvidersThatCommonlyBillEachCode() {
		assertThat(CATALOG.find("97124").orElseThrow().commonProviders()).contains(ProviderType.LMT);
		assertThat(CATALOG.find("98940").orElseThrow().commonProviders()).containsExactly(ProviderType.DC);
		assertThat(CATALOG.find("97161").orElseThrow().commonProviders()).containsExactly(ProviderType.PT);
	}

	@Test
	void usesOwnDescriptionsForEveryCode() {
		assertThat(CATALOG.all()).allSatisfy((code) -> assertThat(code.description()).isNotBlank().hasSizeLessThan(80));
	}

	@Test
	void rejectsMalformedCode() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BillingCode("9711", "Exercise", Timing.PER_15_MINUTES, CodeFamily.PROCEDURE,
					Optional.empty(), Optional.empty(), true, Set.of(), OptionalInt.empty(), Optional.empty()))
			.withMessageContaining("9711");
	}

	@Test
	void rejectsDuplicateCodes() {
		BillingCode code = CATALOG.find("97110").orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> CodeCatalog.of(List.of(code, code)))
			.withMessageContaining("97110");
	}

	@Test
	void reportsMissingResourceWithItsName() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ReferenceDataException.class)
			.isThrownBy(() -> ReferenceData.readCsv("/data/billing/missing.csv"))
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("/data/billing/missing.csv"));
	}

}
