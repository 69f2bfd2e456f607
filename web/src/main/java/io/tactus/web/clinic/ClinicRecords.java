package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may write into a clinic: its locality, therapists, payers, fees and
 * visits (the demo profile's sample clinic is filled through it). Every method takes the
 * clinic id and refuses ids of another clinic's therapists or payers.
 */
@Service
public class ClinicRecords {

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	ClinicRecords(ClinicSetup setup, ClinicVisits visits) {
		this.setup = setup;
		this.visits = visits;
	}

	/**
	 * Whether the clinic has any therapist yet.
	 * @param clinic the clinic
	 * @return true once a therapist was added
	 */
	public boolean hasTherapists(long clinic) {
		return !this.setup.therapists(clinic).isEmpty();
	}

	/**
	 * Sets the clinic's state and Medicare locality.
	 * @param clinic the clinic
	 * @param state the two-letter state, when known
	 * @param medicare the Medicare locality, when known
	 */
	@Transactional
	public void setLocality(long clinic, Optional<String> state, Optional<LocalityId> medicare) {
		this.setup.setLocality(clinic, state, medicare);
	}

	/**
	 * Adds a therapist.
	 * @param clinic the clinic
	 * @param name the name, unique in the clinic
	 * @param type the provider type
	 * @param hourlyPay the hourly pay, or {@code null} when not recorded
	 * @return the therapist's id
	 */
	@Transactional
	public long addTherapist(long clinic, String name, ProviderType type, BigDecimal hourlyPay) {
		return this.setup.addTherapist(clinic, name, type, hourlyPay, null);
	}

	/**
	 * Adds a payer.
	 * @param clinic the clinic
	 * @param name the name, unique in the clinic
	 * @param kind what kind of payer
	 * @param rule the unit rule its claims follow
	 * @return the payer's id
	 */
	@Transactional
	public long addPayer(long clinic, String name, PayerKind kind, UnitRule rule) {
		return this.setup.addPayer(clinic, name, kind, rule);
	}

	/**
	 * Sets what a payer pays for a code.
	 * @param clinic the clinic
	 * @param payerId one of the clinic's payers
	 * @param code the CPT or HCPCS code
	 * @param fee the fee per unit
	 */
	@Transactional
	public void setFee(long clinic, long payerId, String code, BigDecimal fee) {
		requirePayer(clinic, payerId);
		this.setup.setFee(clinic, payerId, code, fee);
	}

	/**
	 * Stores a visit.
	 * @param clinic the clinic
	 * @param date the date of service
	 * @param patientRef the pseudonymous patient reference
	 * @param therapistId one of the clinic's therapists
	 * @param payerId one of the clinic's payers
	 * @param lines the services
	 * @return the visit's id
	 */
	@Transactional
	public long addVisit(long clinic, LocalDate date, String patientRef, long therapistId, long payerId,
			List<ServiceLine> lines) {
		if (this.setup.therapist(clinic, therapistId).isEmpty()) {
			throw new IllegalArgumentException("Therapist " + therapistId + " is not one of clinic " + clinic + "'s");
		}
		requirePayer(clinic, payerId);
		return this.visits.insert(clinic, new NewVisit(date, patientRef, therapistId, payerId, lines), null);
	}

	private void requirePayer(long clinic, long payerId) {
		if (this.setup.payer(clinic, payerId).isEmpty()) {
			throw new IllegalArgumentException("Payer " + payerId + " is not one of clinic " + clinic + "'s");
		}
	}

}
