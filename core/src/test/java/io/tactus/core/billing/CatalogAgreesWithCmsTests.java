package io.tactus.core.billing;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.MedicareStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's Medicare status and "always therapy" flag say what the CMS files of every
 * loaded year say; the engine itself prices with the CMS file of the visit's year.
 */
class CatalogAgreesWithCmsTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	@Test
	void catalogStatusIsTheCmsStatusOfEveryLoadedYear() {
		for (int year : ENGINE.rvus().years()) {
			for (BillingCode code : ENGINE.catalog().all()) {
				Optional<MedicareStatus> cms = ENGINE.rvus().find(year, code.code()).map(Rvu::status);
				assertThat(code.medicareStatus()).as(code.code() + " in " + year).isEqualTo(cms);
			}
		}
	}

	@Test
	void everyCmsRowIsACatalogCode() {
		for (int year : ENGINE.rvus().years()) {
			assertThat(ENGINE.rvus().all(year)).allSatisfy(
					(rvu) -> assertThat(ENGINE.catalog().find(rvu.code())).as(rvu.code() + " " + year).isPresent());
		}
	}

	@Test
	void alwaysTherapyCodesAreTheCodesCmsReducesAsTherapy() {
		for (int year : ENGINE.rvus().years()) {
			for (Rvu rvu : ENGINE.rvus().all(year)) {
				if (rvu.status() == MedicareStatus.ACTIVE
						|| (rvu.status() == MedicareStatus.RESTRICTED && rvu.hasRvus())) {
					assertThat(ENGINE.catalog().find(rvu.code()).orElseThrow().alwaysTherapy())
						.as(rvu.code() + " " + year)
						.isEqualTo(rvu.therapyReduction());
				}
			}
		}
	}

}
