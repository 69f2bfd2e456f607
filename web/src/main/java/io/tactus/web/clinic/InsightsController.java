package io.tactus.web.clinic;

import java.util.Optional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tactus.core.money.Money;
import io.tactus.core.summary.KxPatient;
import io.tactus.core.summary.KxThreshold;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String showThreshold(SignedInClinic signedIn, ThresholdQuery query, Model model, HttpServletResponse response) {
		long clinic = signedIn.id();
		Map<String, String> errors = new LinkedHashMap<>();
		int year = query.year(errors, LocalDate.now(this.clock).getYear());
		Money amount = query.amount(errors);
		int nearPercent = query.nearPercent(errors);
		BigDecimal perWeek = query.perWeek(errors);
		Optional<Money> perVisit = query.perVisit(errors);
		model.addAttribute("year", ThresholdQuery.shown(query.year(), Integer.toString(year)));
		model.addAttribute("amount", ThresholdQuery.shown(query.amount(), amount.toString()));
		model.addAttribute("nearPercent", ThresholdQuery.shown(query.nearPercent(), Integer.toString(nearPercent)));
		model.addAttribute("perWeek", ThresholdQuery.shown(query.perWeek(), perWeek.toPlainString()));
		model.addAttribute("perVisit", ThresholdQuery.shown(query.perVisit(), ""));
		model.addAttribute("errors", errors);
		List<Forecast> patients = new ArrayList<>();
		model.addAttribute("patients", patients);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "clinic/threshold";
		}
		KxThreshold threshold = new KxThreshold(year, amount, BigDecimal.valueOf(nearPercent).movePointLeft(2));
		for (KxPatient patient : this.billing.threshold(clinic, threshold)) {
			patients.add(new Forecast(patient,
					(patient.status() == KxPatient.Status.OVER) ? Optional.empty() : threshold.forecast(patient.spent(),
							patient.lastVisit(), perWeek.doubleValue(), perVisit.orElse(patient.averagePerVisit()))));
		}
		return "clinic/threshold";
	}

	@GetMapping("/clinic/wages")
	String showWages(SignedInClinic signedIn, Model model) {
		long clinic = signedIn.id();
		model.addAttribute("benchmark",
				this.wages.compare(this.setup.activeTherapists(clinic), this.setup.locality(clinic).state()));
		return "clinic/wages";
	}

}
