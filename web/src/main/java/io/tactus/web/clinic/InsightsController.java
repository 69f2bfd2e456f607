package io.tactus.web.clinic;

import java.math.RoundingMode;
import java.util.Optional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tactus.core.summary.KxPatient;
import io.tactus.core.summary.KxThreshold;
import io.tactus.web.account.TactusUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Medicare KX threshold per patient and the therapists' wage benchmark.
 */
@Controller
class InsightsController {

	private final ClinicBilling billing;

	private final ClinicSetup setup;

	private final WageBenchmark wages;

	private final Clock clock;

	InsightsController(ClinicBilling billing, ClinicSetup setup, WageBenchmark wages, Clock clock) {
		this.billing = billing;
		this.setup = setup;
		this.wages = wages;
		this.clock = clock;
	}

	/**
	 * A patient with the forecast crossing date at the chosen frequency.
	 *
	 * @param patient the patient's spend
	 * @param forecast the date of the visit that will cross, when within the year
	 */
	record Forecast(KxPatient patient, Optional<LocalDate> forecast) {
	}

	@GetMapping("/clinic/threshold")
	String showThreshold(@AuthenticationPrincipal TactusUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) BigDecimal amount, @RequestParam(defaultValue = "80") int nearPercent,
			@RequestParam(defaultValue = "2") double perWeek, @RequestParam(required = false) BigDecimal perVisit,
			Model model) {
		long clinic = ClinicNotFoundException.clinicOf(user);
		int chosenYear = (year != null) ? year : LocalDate.now(this.clock).getYear();
		BigDecimal chosenAmount = (amount != null) ? amount : KxThreshold.AMOUNT_2026;
		if (chosenYear < 2000 || chosenYear > 2100 || chosenAmount.signum() <= 0 || nearPercent < 1 || nearPercent > 100
				|| perWeek <= 0 || perWeek > 14) {
			throw new BadRangeException();
		}
		KxThreshold threshold = new KxThreshold(chosenYear, chosenAmount.setScale(2, RoundingMode.HALF_UP),
				BigDecimal.valueOf(nearPercent).movePointLeft(2));
		List<Forecast> patients = new ArrayList<>();
		for (KxPatient patient : this.billing.threshold(clinic, threshold)) {
			patients.add(new Forecast(patient,
					(patient.status() == KxPatient.Status.OVER) ? Optional.empty() : threshold.forecast(patient.spent(),
							patient.lastVisit(), perWeek, (perVisit != null) ? perVisit : patient.averagePerVisit())));
		}
		model.addAttribute("year", Integer.toString(chosenYear));
		model.addAttribute("amount", threshold.amount());
		model.addAttribute("nearPercent", nearPercent);
		model.addAttribute("perWeek", perWeek);
		model.addAttribute("perVisit", (perVisit != null) ? perVisit.toPlainString() : "");
		model.addAttribute("patients", patients);
		return "clinic/threshold";
	}

	@GetMapping("/clinic/wages")
	String showWages(@AuthenticationPrincipal TactusUser user, Model model) {
		long clinic = ClinicNotFoundException.clinicOf(user);
		model.addAttribute("benchmark",
				this.wages.compare(this.setup.therapists(clinic), this.setup.locality(clinic).state()));
		return "clinic/wages";
	}

}
