package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.tactus.core.billing.ServiceLine;
import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writes of several statements are all or nothing: a failure after the first statement
 * leaves the data as they were.
 */
@TactusIntegrationTest
class ClinicTransactionsIntegrationTests {

	/** More digits than {@code clinic_fee.fee numeric(10, 2)} holds. */
	private static final BigDecimal TOO_LARGE = new BigDecimal("123456789012.00");

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	@Test
	void keepsTheOldFeeWhenTheNewOneCannotBeStored() {
		long clinic = ClinicFixtures.owner(this.accounts, this.service, this.setup, "tx-fee", "Tx Fee Clinic")
			.clinic()
			.orElseThrow();
		Fee old = fee(clinic, "97124");

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.setup.setFee(clinic, old.payerId(), "97124", TOO_LARGE));

		assertThat(fee(clinic, "97124")).isEqualTo(old);
	}

	@Test
	void storesNoVisitWhenOneOfItsLinesCannotBeStored() {
		long clinic = ClinicFixtures.owner(this.accounts, this.service, this.setup, "tx-visit", "Tx Visit Clinic")
			.clinic()
			.orElseThrow();
		long before = this.visits.count(clinic);
		String regionTooLong = "r".repeat(41);
		NewVisit visit = new NewVisit(LocalDate.of(2026, 3, 2), "TX-1", this.setup.therapists(clinic).get(0).id(),
				this.setup.payers(clinic).get(0).id(),
				List.of(ServiceLine.of("97110", 15), ServiceLine.of("97140", 15).withBodyRegion(regionTooLong)));

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.visits.insert(clinic, visit, null));

		assertThat(this.visits.count(clinic)).isEqualTo(before);
	}

	private Fee fee(long clinic, String code) {
		return this.setup.fees(clinic).stream().filter((fee) -> fee.code().equals(code)).findFirst().orElseThrow();
	}

}
