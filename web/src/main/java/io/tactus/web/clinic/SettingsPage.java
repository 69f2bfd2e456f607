package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.billing.LocalityGroup;
import io.tactus.web.clinic.SettingsForms.LocalityForm;
import io.tactus.web.clinic.SettingsForms.PayerForm;
import io.tactus.web.clinic.SettingsForms.TherapistForm;

import org.springframework.dao.DataIntegrityViolationException;
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

	static final String READ_ONLY_VIEW = "clinic/settings-view";

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	SettingsPage(ClinicSetup setup, ClinicBilling billing) {
		this.setup = setup;
		this.billing = billing;
	}

	/**
	 * The settings as they are, without forms, for a biller.
	 * @param clinic the clinic
	 * @param model the model
	 * @return the view
	 */
	String renderReadOnly(long clinic, Model model) {
		addSettings(clinic, model, this.setup.locality(clinic));
		return READ_ONLY_VIEW;
	}

	/**
	 * The owner's page: the settings and the forms that change them.
	 * @param clinic the clinic
	 * @param model the model, with any form sent back with its errors
	 * @return the view
	 */
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
		addSettings(clinic, model, locality);
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("payerKinds", PayerKind.values());
		model.addAttribute("unitRules", UnitRule.values());
		return VIEW;
	}

	/**
	 * What both pages show: the locality in use, therapists, payers and fees by payer.
	 */
	private void addSettings(long clinic, Model model, Locality locality) {
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
	}

	/**
	 * Back to the settings page with why a therapist or payer was not removed.
	 * @param redirect the redirect
	 * @param key the message, with the name and the number of visits as arguments
	 * @param name the therapist's or payer's name
	 * @param visits the number of visits that have it
	 * @return the redirect
	 */
	private static String refused(RedirectAttributes redirect, String key, String name, long visits) {
		redirect.addFlashAttribute("inUse", key);
		redirect.addFlashAttribute("inUseName", name);
		redirect.addFlashAttribute("inUseVisits", visits);
		return "redirect:/clinic/settings";
	}

	/**
	 * Removes a therapist or payer that no visit has, or says how many visits have it.
	 * Messages are {@code clinic.settings.<kind>Removed}, {@code ...InUse} and
	 * {@code ...Referenced}.
	 * @param redirect the redirect
	 * @param kind {@code therapist} or {@code payer}
	 * @param name its name
	 * @param remove removes it, giving the number of visits that have it (0: removed)
	 * @param visits counts the visits that have it
	 * @return the redirect
	 */
	static String removal(RedirectAttributes redirect, String kind, String name, LongSupplier remove,
			LongSupplier visits) {
		long using;
		try {
			using = remove.getAsLong();
		}
		catch (DataIntegrityViolationException ex) {
			// a visit stored meanwhile, or another record that refers to it
			using = visits.getAsLong();
			if (using == 0) {
				return refused(redirect, "clinic.settings." + kind + "Referenced", name, 0);
			}
		}
		if (using > 0) {
			return refused(redirect, "clinic.settings." + kind + "InUse", name, using);
		}
		return done(redirect, "clinic.settings." + kind + "Removed");
	}

	/**
	 * Back to the settings page after a retirement or restoration.
	 * @param changed false when the clinic has no such therapist or payer (404)
	 * @param redirect the redirect
	 * @param what the therapist or payer, for the log
	 * @param key the message to show
	 * @return the redirect
	 */
	static String changed(boolean changed, RedirectAttributes redirect, String what, String key) {
		if (!changed) {
			throw new ClinicNotFoundException(what);
		}
		return done(redirect, key);
	}

	private static String done(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", key);
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
