package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.billing.LocalityGroup;
import io.tactus.web.clinic.SettingsForms.LocalityForm;
import io.tactus.web.clinic.SettingsForms.PayerForm;
import io.tactus.web.clinic.SettingsForms.TherapistForm;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page's model, shared by the settings controllers so that a refused form
 * shows again with the rest of the page: a form already in the model (as sent, with its
 * errors) is kept, the others start empty or as stored.
 */
@Component
class SettingsPage {

	static final String VIEW = "clinic/settings";

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	SettingsPage(ClinicSetup setup, ClinicBilling billing) {
		this.setup = setup;
		this.billing = billing;
	}

	String render(long clinic, Model model) {
		if (!model.containsAttribute("therapistForm")) {
			model.addAttribute("therapistForm", TherapistForm.empty());
		}
		if (!model.containsAttribute("payerForm")) {
			model.addAttribute("payerForm", PayerForm.empty());
		}
		Locality locality = this.setup.locality(clinic);
		if (!model.containsAttribute("localityForm")) {
			model.addAttribute("localityForm", LocalityForm.of(locality));
		}
		model.addAttribute("localityGroups", LocalityGroup.of(this.billing.engine().gpcis()));
		model.addAttribute("medicareLocality",
				locality.medicare().flatMap(this.billing.engine().gpcis()::latest).orElse(null));
		model.addAttribute("typedGpci", locality.medicare().isEmpty() ? locality.typed().orElse(null) : null);
		List<Payer> payers = this.setup.activePayers(clinic);
		List<Payer> retiredPayers = this.setup.retiredPayers(clinic);
		model.addAttribute("therapists", this.setup.activeTherapists(clinic));
		model.addAttribute("retiredTherapists", this.setup.retiredTherapists(clinic));
		model.addAttribute("payers", payers);
		model.addAttribute("retiredPayers", retiredPayers);
		FeeEdits refused = (FeeEdits) model.getAttribute("feesForm");
		List<PayerFees> fees = new ArrayList<>();
		payers.forEach((payer) -> fees.add(fees(clinic, payer, false, refused)));
		retiredPayers.forEach((payer) -> fees.add(fees(clinic, payer, true, refused)));
		model.addAttribute("payerFees", fees);
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("payerKinds", PayerKind.values());
		model.addAttribute("unitRules", UnitRule.values());
		return VIEW;
	}

	/**
	 * Back to the settings page with why a therapist or payer was not removed.
	 * @param redirect the redirect
	 * @param key the message, with the name and the number of visits as arguments
	 * @param name the therapist's or payer's name
	 * @param visits the number of visits that have it
	 * @return the redirect
	 */
	static String refused(RedirectAttributes redirect, String key, String name, long visits) {
		redirect.addFlashAttribute("inUse", key);
		redirect.addFlashAttribute("inUseName", name);
		redirect.addFlashAttribute("inUseVisits", visits);
		return "redirect:/clinic/settings";
	}

	private PayerFees fees(long clinic, Payer payer, boolean retired, FeeEdits refused) {
		List<PayerFees.Row> rows = new ArrayList<>();
		boolean sent = refused != null && refused.payerId() == payer.id();
		if (sent) {
			rows.addAll(refused.rows());
		}
		else {
			for (Map.Entry<String, BigDecimal> fee : this.setup.fees(clinic, payer.id()).entrySet()) {
				rows.add(new PayerFees.Row(fee.getKey(), description(fee.getKey()), fee.getValue().toPlainString(),
						true));
			}
		}
		if (rows.stream().allMatch(PayerFees.Row::stored)) {
			rows.add(PayerFees.Row.empty());
		}
		return new PayerFees(payer, retired, rows, sent);
	}

	private String description(String code) {
		return this.billing.engine().catalog().find(code).map(BillingCode::description).orElse("");
	}

}
