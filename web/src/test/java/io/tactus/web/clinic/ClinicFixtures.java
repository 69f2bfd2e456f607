package io.tactus.web.clinic;

import java.math.BigDecimal;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.system.Role;

/**
 * A clinic owner with two therapists, two payers and a fee, made once per context.
 */
final class ClinicFixtures {

	static final String HEADER = "date,patient_ref,therapist,payer,code,minutes,modifiers,body_region,billed_units\n";

	private ClinicFixtures() {
	}

	static TactusUser owner(Accounts accounts, AccountService service, ClinicSetup setup, String username,
			String clinicName) {
		TactusUser owner = TestAccounts.ensure(accounts, service, username, Role.CLINIC_OWNER, clinicName);
		long clinic = owner.clinic().orElseThrow();
		if (!setup.hasTherapist(clinic, "Pat Lee")) {
			setup.addTherapist(clinic, "Pat Lee", ProviderType.PT, new BigDecimal("45.00"), null);
			setup.addTherapist(clinic, "Sam Roe", ProviderType.LMT, new BigDecimal("28.00"), "FL");
			setup.addPayer(clinic, "Medicare", PayerKind.MEDICARE_PART_B, UnitRule.CMS);
			long acme = setup.addPayer(clinic, "Acme Health", PayerKind.COMMERCIAL, UnitRule.AMA);
			setup.setFee(clinic, acme, "97124", new BigDecimal("30.00"));
			setup.setFee(clinic, acme, "97140", new BigDecimal("35.00"));
		}
		return owner;
	}

	/**
	 * A small visit log: three visits, five lines, one overbilled.
	 */
	static String log(String patientPrefix) {
		return HEADER + "2026-03-02," + patientPrefix + "-1,Pat Lee,Medicare,97110,23,GP,,2\n" //
				+ "2026-03-02," + patientPrefix + "-1,Pat Lee,Medicare,97530,15,GP,,1\n" //
				+ "2026-03-03," + patientPrefix + "-2,Sam Roe,Acme Health,97124,38,,,4\n" //
				+ "2026-03-10," + patientPrefix + "-3,Sam Roe,Acme Health,97124,30,,lumbar,2\n" //
				+ "2026-03-10," + patientPrefix + "-3,Sam Roe,Acme Health,97140,8,,cervical,\n";
	}

}
