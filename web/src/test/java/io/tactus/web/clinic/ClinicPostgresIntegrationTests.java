package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.Period;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.PostgresSchema;
import io.tactus.web.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clinic tables and queries on PostgreSQL: import, read back, summarise, per clinic.
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class ClinicPostgresIntegrationTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	@Autowired
	private VisitImportService imports;

	@Autowired
	private ClinicBilling billing;

	@Autowired
	private VisitChanges changes;

	@Autowired
	private VisitSearch search;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		SCHEMA.drop();
	}

	@Test
	void importsReadsAndSummarisesOnPostgres() {
		TactusUser owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pg-clinic-owner",
				"PG Clinic");
		TactusUser other = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pg-other-owner",
				"PG Other Clinic");
		long clinic = owner.clinic().orElseThrow();
		byte[] log = ClinicFixtures.log("PG").getBytes(StandardCharsets.UTF_8);

		VisitImportService.Imported imported = this.imports.importLog(clinic, "pg.csv",
				new java.io.ByteArrayInputStream(log), owner.username());
		VisitImportService.Imported again = this.imports.importLog(clinic, "pg.csv",
				new java.io.ByteArrayInputStream(log), owner.username());

		assertThat(imported.visits()).isEqualTo(3);
		assertThat(again.duplicate()).isTrue();
		assertThat(this.visits.newest(clinic, 10)).hasSize(3);
		ClinicSummary summary = this.billing.summary(clinic, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				Period.MONTH);
		assertThat(summary.total().visits()).isEqualTo(3);
		assertThat(summary.byPayer()).hasSize(2);
		long visitId = this.visits.newest(clinic, 1).get(0).id();
		assertThat(this.visits.find(other.clinic().orElseThrow(), visitId)).isEmpty();
	}

	@Test
	void editsRecordsChangesAndFiltersVisitsOnPostgres() {
		TactusUser owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pg-edit-owner",
				"PG Edit Clinic");
		long clinic = owner.clinic().orElseThrow();
		this.imports.importLog(clinic, "pg-edit.csv",
				new java.io.ByteArrayInputStream(ClinicFixtures.log("PGE").getBytes(StandardCharsets.UTF_8)),
				owner.username());
		StoredVisit first = this.visits.newest(clinic, 3).get(2);
		Therapist roe = this.setup.therapists(clinic)
			.stream()
			.filter((t) -> t.name().equals("Sam Roe"))
			.findFirst()
			.orElseThrow();

		assertThat(this.changes.edit(clinic, first.id(),
				new NewVisit(first.date(), "PGE-9", roe.id(), first.payer().id(),
						java.util.List.of(io.tactus.core.billing.ServiceLine.of("97140", 10))),
				owner.username()))
			.isTrue();
		assertThat(this.changes.delete(clinic, this.visits.newest(clinic, 1).get(0).id(), owner.username())).isTrue();

		assertThat(this.changes.history(clinic, first.id())).singleElement()
			.satisfies((change) -> assertThat(change.after()).hasValueSatisfying(
					(after) -> assertThat(after).contains("PGE-9 · Sam Roe · Medicare · 97140 10 min")));
		VisitFilter sam = new VisitFilter(Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2026, 3, 5)),
				Optional.of(roe.id()), Optional.empty(), Optional.of("97140"), Optional.empty(), Optional.of("pge-9"));
		assertThat(this.search.count(clinic, sam)).isEqualTo(1);
		assertThat(this.search.page(clinic, sam, 50, 0)).extracting(StoredVisit::id).containsExactly(first.id());
		java.util.List<Long> streamed = new java.util.ArrayList<>();
		this.search.forEach(clinic, VisitFilter.ALL, true, (visit) -> streamed.add(visit.id()));
		assertThat(streamed).hasSize(2).endsWith(first.id());
	}

	@Test
	void keepsTheOldFeeOnPostgresWhenTheNewOneCannotBeStored() {
		long clinic = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pg-fee-owner", "PG Fee Clinic")
			.clinic()
			.orElseThrow();
		Fee old = this.setup.fees(clinic).get(0);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.setup.setFee(clinic, old.payerId(), old.code(), new BigDecimal("123456789012.00")));

		assertThat(this.setup.fees(clinic)).contains(old);
	}

	@Test
	void retiresRemovesAndSavesFeesOnPostgres() {
		TactusUser owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "pg-retire-owner",
				"PG Retire Clinic");
		long clinic = owner.clinic().orElseThrow();
		this.imports.importLog(clinic, "pg.csv",
				new java.io.ByteArrayInputStream(ClinicFixtures.log("PGR").getBytes(StandardCharsets.UTF_8)),
				owner.username());
		Therapist sam = this.setup.therapists(clinic).get(1);
		Payer acme = this.setup.payers(clinic).get(0);

		assertThat(this.setup.removeTherapist(clinic, sam.id())).isEqualTo(2);
		assertThat(this.setup.retireTherapist(clinic, sam.id(), java.time.Instant.parse("2026-06-01T10:00:00Z")))
			.isTrue();
		assertThat(this.setup.retireTherapist(clinic, sam.id(), java.time.Instant.parse("2026-07-01T10:00:00Z")))
			.isTrue();
		assertThat(this.setup.retiredTherapists(clinic)).containsExactly(sam);
		assertThat(this.setup.activeTherapist(clinic, sam.id())).isEmpty();
		assertThat(this.setup.therapistNameHeld(clinic, "sam roe", 0)).contains(true);
		assertThat(this.setup.restoreTherapist(clinic, sam.id())).isTrue();
		assertThat(this.setup.activeTherapists(clinic)).contains(sam);

		this.setup.saveFees(clinic, acme.id(), java.util.Map.of("97124", java.util.Optional.empty(), "97110",
				java.util.Optional.of(new BigDecimal("28.00"))));
		assertThat(this.setup.fees(clinic, acme.id())).containsOnlyKeys("97110", "97140");

		long unused = this.setup.addPayer(clinic, "Unused", io.tactus.core.billing.PayerKind.CASH,
				io.tactus.core.billing.UnitRule.AMA);
		this.setup.setFee(clinic, unused, "97110", new BigDecimal("10.00"));
		assertThat(this.setup.removePayer(clinic, unused)).isZero();
		assertThat(this.setup.payer(clinic, unused)).isEmpty();
		assertThat(this.setup.fees(clinic)).noneMatch((fee) -> fee.payerId() == unused);
	}

}
