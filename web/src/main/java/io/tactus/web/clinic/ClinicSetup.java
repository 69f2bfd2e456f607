package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * filters by it.
 */
@Repository
class ClinicSetup {

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
