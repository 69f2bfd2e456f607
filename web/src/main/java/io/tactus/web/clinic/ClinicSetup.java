package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.tactus.core.billing.FeeSchedule;
import io.tactus.core.billing.Gpci;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's therapists, payers, fees and locality. Every method takes the clinic id and
 * filters by it. A retired therapist or payer ({@code retired_at} set) stays on the
 * visits that have it but is not offered for new visits: {@link #activeTherapists(long)}
 * and {@link #activePayers(long)} leave it out, {@link #therapists(long)} and
 * {@link #payers(long)} list everyone.
 */
@Repository
class ClinicSetup {

	private static final String THERAPISTS = "clinic_therapist";

	private static final String PAYERS = "clinic_payer";

	private final JdbcClient jdbc;

	ClinicSetup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	List<Therapist> therapists(long clinic) {
		return this.jdbc.sql("select * from clinic_therapist where clinic_id = :clinic order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::therapist)
			.list();
	}

	Optional<Therapist> therapist(long clinic, long id) {
		return this.jdbc.sql("select * from clinic_therapist where clinic_id = :clinic and id = :id")
			.param("clinic", clinic)
			.param("id", id)
			.query(ClinicSetup::therapist)
			.optional();
	}

	boolean hasTherapist(long clinic, String name) {
		return this.jdbc.sql("select count(*) from clinic_therapist where clinic_id = :clinic and name_key = :key")
			.param("clinic", clinic)
			.param("key", key(name))
			.query(Long.class)
			.single() > 0;
	}

	long addTherapist(long clinic, String name, ProviderType type, BigDecimal hourlyPay, String state) {
		this.jdbc.sql("""
				insert into clinic_therapist (clinic_id, name, name_key, provider_type, hourly_pay, state)
				values (:clinic, :name, :key, :type, :pay, :state)""")
			.param("clinic", clinic)
			.param("name", name.strip())
			.param("key", key(name))
			.param("type", type.name())
			.param("pay", hourlyPay)
			.param("state", state)
			.update();
		return this.jdbc.sql("select id from clinic_therapist where clinic_id = :clinic and name_key = :key")
			.param("clinic", clinic)
			.param("key", key(name))
			.query(Long.class)
			.single();
	}

	List<Therapist> activeTherapists(long clinic) {
		return this.jdbc
			.sql("select * from clinic_therapist where clinic_id = :clinic and retired_at is null order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::therapist)
			.list();
	}

	List<Therapist> retiredTherapists(long clinic) {
		return this.jdbc.sql(
				"select * from clinic_therapist where clinic_id = :clinic and retired_at is not null order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::therapist)
			.list();
	}

	/**
	 * One of the clinic's therapists that may be picked for a new visit.
	 * @param clinic the clinic
	 * @param id the therapist
	 * @return the therapist, empty when not the clinic's or retired
	 */
	Optional<Therapist> activeTherapist(long clinic, long id) {
		return this.jdbc
			.sql("select * from clinic_therapist where clinic_id = :clinic and id = :id and retired_at is null")
			.param("clinic", clinic)
			.param("id", id)
			.query(ClinicSetup::therapist)
			.optional();
	}

	/**
	 * Who else holds a therapist name.
	 * @param clinic the clinic
	 * @param name the name
	 * @param except the therapist being edited (0 for a new one)
	 * @return empty when no other therapist has the name; else whether that one is
	 * retired
	 */
	Optional<Boolean> therapistNameHeld(long clinic, String name, long except) {
		return nameHeld(THERAPISTS, clinic, name, except);
	}

	/**
	 * Changes a therapist.
	 * @return false when the clinic has no such therapist
	 */
	boolean updateTherapist(long clinic, long id, String name, ProviderType type, BigDecimal hourlyPay, String state) {
		return this.jdbc.sql("""
				update clinic_therapist set name = :name, name_key = :key, provider_type = :type, hourly_pay = :pay,
				    state = :state
				where clinic_id = :clinic and id = :id""")
			.param("clinic", clinic)
			.param("id", id)
			.param("name", name.strip())
			.param("key", key(name))
			.param("type", type.name())
			.param("pay", hourlyPay)
			.param("state", state)
			.update() > 0;
	}

	/**
	 * How many of the clinic's visits have the therapist.
	 */
	long therapistVisits(long clinic, long id) {
		return visits("therapist_id", clinic, id);
	}

	/**
	 * Removes a therapist that no visit has.
	 * @return the number of visits that have the therapist: 0 when removed (or when the
	 * clinic has no such therapist)
	 */
	@Transactional
	long removeTherapist(long clinic, long id) {
		return remove(THERAPISTS, "therapist_id", clinic, id);
	}

	/**
	 * Retires a therapist (a retired one stays retired since the first time).
	 * @return false when the clinic has no such therapist
	 */
	boolean retireTherapist(long clinic, long id, Instant at) {
		return retire(THERAPISTS, clinic, id, at);
	}

	/**
	 * Makes a retired therapist active again.
	 * @return false when the clinic has no such therapist
	 */
	boolean restoreTherapist(long clinic, long id) {
		return retire(THERAPISTS, clinic, id, null);
	}

	List<Payer> payers(long clinic) {
		return this.jdbc.sql("select * from clinic_payer where clinic_id = :clinic order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::payer)
			.list();
	}

	Optional<Payer> payer(long clinic, long id) {
		return this.jdbc.sql("select * from clinic_payer where clinic_id = :clinic and id = :id")
			.param("clinic", clinic)
			.param("id", id)
			.query(ClinicSetup::payer)
			.optional();
	}

	boolean hasPayer(long clinic, String name) {
		return this.jdbc.sql("select count(*) from clinic_payer where clinic_id = :clinic and name_key = :key")
			.param("clinic", clinic)
			.param("key", key(name))
			.query(Long.class)
			.single() > 0;
	}

	long addPayer(long clinic, String name, PayerKind kind, UnitRule rule) {
		this.jdbc.sql("""
				insert into clinic_payer (clinic_id, name, name_key, kind, unit_rule)
				values (:clinic, :name, :key, :kind, :rule)""")
			.param("clinic", clinic)
			.param("name", name.strip())
			.param("key", key(name))
			.param("kind", kind.name())
			.param("rule", rule.name())
			.update();
		return this.jdbc.sql("select id from clinic_payer where clinic_id = :clinic and name_key = :key")
			.param("clinic", clinic)
			.param("key", key(name))
			.query(Long.class)
			.single();
	}

	List<Payer> activePayers(long clinic) {
		return this.jdbc
			.sql("select * from clinic_payer where clinic_id = :clinic and retired_at is null order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::payer)
			.list();
	}

	List<Payer> retiredPayers(long clinic) {
		return this.jdbc
			.sql("select * from clinic_payer where clinic_id = :clinic and retired_at is not null order by name_key")
			.param("clinic", clinic)
			.query(ClinicSetup::payer)
			.list();
	}

	/**
	 * One of the clinic's payers that may be picked for a new visit.
	 * @param clinic the clinic
	 * @param id the payer
	 * @return the payer, empty when not the clinic's or retired
	 */
	Optional<Payer> activePayer(long clinic, long id) {
		return this.jdbc.sql("select * from clinic_payer where clinic_id = :clinic and id = :id and retired_at is null")
			.param("clinic", clinic)
			.param("id", id)
			.query(ClinicSetup::payer)
			.optional();
	}

	/**
	 * Who else holds a payer name.
	 * @param clinic the clinic
	 * @param name the name
	 * @param except the payer being edited (0 for a new one)
	 * @return empty when no other payer has the name; else whether that one is retired
	 */
	Optional<Boolean> payerNameHeld(long clinic, String name, long except) {
		return nameHeld(PAYERS, clinic, name, except);
	}

	/**
	 * Changes a payer.
	 * @return false when the clinic has no such payer
	 */
	boolean updatePayer(long clinic, long id, String name, PayerKind kind, UnitRule rule) {
		return this.jdbc.sql("""
				update clinic_payer set name = :name, name_key = :key, kind = :kind, unit_rule = :rule
				where clinic_id = :clinic and id = :id""")
			.param("clinic", clinic)
			.param("id", id)
			.param("name", name.strip())
			.param("key", key(name))
			.param("kind", kind.name())
			.param("rule", rule.name())
			.update() > 0;
	}

	/**
	 * How many of the clinic's visits have the payer.
	 */
	long payerVisits(long clinic, long id) {
		return visits("payer_id", clinic, id);
	}

	/**
	 * Removes a payer that no visit has, with its fees.
	 * @return the number of visits that have the payer: 0 when removed (or when the
	 * clinic has no such payer)
	 */
	@Transactional
	long removePayer(long clinic, long id) {
		return remove(PAYERS, "payer_id", clinic, id);
	}

	/**
	 * Retires a payer (a retired one stays retired since the first time).
	 * @return false when the clinic has no such payer
	 */
	boolean retirePayer(long clinic, long id, Instant at) {
		return retire(PAYERS, clinic, id, at);
	}

	/**
	 * Makes a retired payer active again.
	 * @return false when the clinic has no such payer
	 */
	boolean restorePayer(long clinic, long id) {
		return retire(PAYERS, clinic, id, null);
	}

	List<Fee> fees(long clinic) {
		return this.jdbc.sql("""
				select f.payer_id, p.name, f.code, f.fee from clinic_fee f join clinic_payer p on p.id = f.payer_id
				where f.clinic_id = :clinic and p.clinic_id = :clinic order by p.name_key, f.code""")
			.param("clinic", clinic)
			.query((rs, n) -> new Fee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}

	/**
	 * Sets a fee; the payer must belong to the clinic (checked by the caller). The old
	 * fee stays when the new one cannot be stored.
	 */
	@Transactional
	void setFee(long clinic, long payerId, String code, BigDecimal fee) {
		this.jdbc.sql("delete from clinic_fee where clinic_id = :clinic and payer_id = :payer and code = :code")
			.param("clinic", clinic)
			.param("payer", payerId)
			.param("code", code)
			.update();
		this.jdbc.sql("insert into clinic_fee (payer_id, clinic_id, code, fee) values (:payer, :clinic, :code, :fee)")
			.param("clinic", clinic)
			.param("payer", payerId)
			.param("code", code)
			.param("fee", fee)
			.update();
	}

	/**
	 * One payer's fees by code, in code order; the payer must belong to the clinic
	 * (checked by the caller).
	 */
	Map<String, BigDecimal> fees(long clinic, long payerId) {
		Map<String, BigDecimal> fees = new TreeMap<>();
		this.jdbc.sql("select code, fee from clinic_fee where clinic_id = :clinic and payer_id = :payer")
			.param("clinic", clinic)
			.param("payer", payerId)
			.query((rs) -> {
				fees.put(rs.getString(1), rs.getBigDecimal(2));
			});
		return fees;
	}

	/**
	 * Saves a payer's fees all or nothing: a code with a fee gets it, a code without one
	 * loses its fee; codes not given keep theirs. The payer must belong to the clinic
	 * (checked by the caller).
	 * @param fees the fee of each code given, empty to remove it
	 */
	@Transactional
	void saveFees(long clinic, long payerId, Map<String, Optional<BigDecimal>> fees) {
		fees.forEach((code, fee) -> {
			if (fee.isPresent()) {
				setFee(clinic, payerId, code, fee.get());
			}
			else {
				this.jdbc.sql("delete from clinic_fee where clinic_id = :clinic and payer_id = :payer and code = :code")
					.param("clinic", clinic)
					.param("payer", payerId)
					.param("code", code)
					.update();
			}
		});
	}

	/**
	 * Each payer's fee schedule, by payer id.
	 */
	Map<Long, FeeSchedule> feeSchedules(long clinic) {
		Map<Long, Map<String, BigDecimal>> fees = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (Fee fee : fees(clinic)) {
			fees.computeIfAbsent(fee.payerId(), (id) -> new HashMap<>()).put(fee.code(), fee.fee());
			names.put(fee.payerId(), fee.payer());
		}
		Map<Long, FeeSchedule> schedules = new HashMap<>();
		fees.forEach((payer, byCode) -> schedules.put(payer, FeeSchedule.of(names.get(payer), byCode)));
		return schedules;
	}

	Locality locality(long clinic) {
		return this.jdbc.sql("select * from clinic_settings where clinic_id = :clinic")
			.param("clinic", clinic)
			.query((rs, n) -> {
				Optional<Gpci> typed = Optional.empty();
				if (rs.getBigDecimal("gpci_work") != null && rs.getBigDecimal("gpci_pe") != null
						&& rs.getBigDecimal("gpci_mp") != null) {
					typed = Optional.of(new Gpci(Optional.ofNullable(rs.getString("gpci_locality")).orElse(""),
							rs.getBigDecimal("gpci_work"), rs.getBigDecimal("gpci_pe"), rs.getBigDecimal("gpci_mp")));
				}
				return new Locality(Optional.ofNullable(rs.getString("state")),
						LocalityId.parse(rs.getString("medicare_locality")), typed);
			})
			.optional()
			.orElse(Locality.national());
	}

	/**
	 * Set the clinic's state and Medicare locality; GPCIs typed earlier are dropped.
	 */
	@Transactional
	void setLocality(long clinic, Optional<String> state, Optional<LocalityId> medicare) {
		int updated = this.jdbc.sql("""
				update clinic_settings set state = :state, medicare_locality = :locality, gpci_locality = null,
				    gpci_work = null, gpci_pe = null, gpci_mp = null
				where clinic_id = :clinic""")
			.param("clinic", clinic)
			.param("state", state.orElse(null))
			.param("locality", medicare.map(LocalityId::text).orElse(null))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into clinic_settings (clinic_id, state, medicare_locality)
					values (:clinic, :state, :locality)""")
				.param("clinic", clinic)
				.param("state", state.orElse(null))
				.param("locality", medicare.map(LocalityId::text).orElse(null))
				.update();
		}
	}

	private Optional<Boolean> nameHeld(String table, long clinic, String name, long except) {
		return this.jdbc
			.sql("select retired_at is not null from " + table
					+ " where clinic_id = :clinic and name_key = :key and id <> :except")
			.param("clinic", clinic)
			.param("key", key(name))
			.param("except", except)
			.query(Boolean.class)
			.optional();
	}

	private long visits(String column, long clinic, long id) {
		return this.jdbc.sql("select count(*) from clinic_visit where clinic_id = :clinic and " + column + " = :id")
			.param("clinic", clinic)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long remove(String table, String visitColumn, long clinic, long id) {
		long visits = visits(visitColumn, clinic, id);
		if (visits == 0) {
			this.jdbc.sql("delete from " + table + " where clinic_id = :clinic and id = :id")
				.param("clinic", clinic)
				.param("id", id)
				.update();
		}
		return visits;
	}

	private boolean retire(String table, long clinic, long id, Instant at) {
		JdbcClient.StatementSpec update = this.jdbc
			.sql("update " + table + " set retired_at = " + ((at != null) ? "coalesce(retired_at, :at)" : "null")
					+ " where clinic_id = :clinic and id = :id")
			.param("clinic", clinic)
			.param("id", id);
		if (at != null) {
			update = update.param("at", Timestamp.from(at));
		}
		return update.update() > 0;
	}

	private static Therapist therapist(ResultSet rs, int row) throws SQLException {
		return new Therapist(rs.getLong("id"), rs.getString("name"),
				ProviderType.valueOf(rs.getString("provider_type")),
				Optional.ofNullable(rs.getBigDecimal("hourly_pay")), Optional.ofNullable(rs.getString("state")));
	}

	private static Payer payer(ResultSet rs, int row) throws SQLException {
		return new Payer(rs.getLong("id"), rs.getString("name"), PayerKind.valueOf(rs.getString("kind")),
				UnitRule.valueOf(rs.getString("unit_rule")));
	}

}
