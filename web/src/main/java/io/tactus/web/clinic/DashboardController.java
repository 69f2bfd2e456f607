package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tactus.core.money.Money;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.KxPatient;
import io.tactus.core.summary.KxThreshold;
import io.tactus.core.summary.Period;
import io.tactus.core.summary.SummaryRow;
import io.tactus.web.clinic.SummaryController.Range;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The clinic's dashboard: this calendar month at a glance (visits, units per visit,
 * expected revenue, findings by kind, patients near or over the KX threshold), each
 * figure computed as the page it links to computes it, and the visits of the last 12
 * months.
 */
@Controller
class DashboardController {

	/** Months in the chart, this one included. */
	static final int MONTHS = 12;

	private final ClinicBilling billing;

	private final ClinicVisits visits;

	private final Clock clock;

	DashboardController(ClinicBilling billing, ClinicVisits visits, Clock clock) {
		this.billing = billing;
		this.visits = visits;
		this.clock = clock;
	}

	@Bean
	static NavigationItem clinicDashboardNavigation() {
		return new NavigationItem("/clinic/dashboard", "nav.clinic.dashboard",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER), 29);
	}

	/**
	 * Patients at or past the KX threshold, counted as the threshold page lists them (one
	 * row per patient and threshold) with its default year, amount and near share.
	 *
	 * @param near rows near the threshold
	 * @param over rows over it
	 * @param year the year counted
	 */
	record Threshold(long near, long over, int year) {
	}

	/**
	 * One month of the chart's table.
	 *
	 * @param start the month's first day
	 * @param visits its visits
	 * @param revenue its expected revenue
	 */
	record Month(LocalDate start, long visits, Money revenue) {
	}

	@GetMapping("/clinic/dashboard")
	String showDashboard(SignedInClinic signedIn, Model model) {
		long clinic = signedIn.id();
		LocalDate today = LocalDate.now(this.clock);
		Range month = new Range(today.withDayOfMonth(1), today, Period.MONTH);
		model.addAttribute("range", month);
		if (this.visits.count(clinic) == 0) {
			return "clinic/dashboard";
		}
		ClinicSummary summary = this.billing.summary(clinic, month.from(), month.to(), month.period());
		model.addAttribute("summary", summary);
		model.addAttribute("threshold", threshold(clinic, today));
		List<Month> months = months(clinic, month.from(), today);
		model.addAttribute("months", months);
		List<ColumnChart.Point> points = months.stream()
			.map((m) -> new ColumnChart.Point(m.start(), BigDecimal.valueOf(m.visits())))
			.toList();
		model.addAttribute("visitsChart", ColumnChart.of(points, Period.MONTH, ChartFormat.COUNT));
		model.addAttribute("visitsPhoneChart", ColumnChart.phone(points, Period.MONTH, ChartFormat.COUNT));
		return "clinic/dashboard";
	}

	private Threshold threshold(long clinic, LocalDate today) {
		ThresholdQuery defaults = new ThresholdQuery(null, null, null, null, null);
		// empty parameters take the page's defaults and cannot be wrong
		Map<String, String> noErrors = new LinkedHashMap<>();
		int year = defaults.year(noErrors, today.getYear());
		KxThreshold threshold = new KxThreshold(year, defaults.amount(noErrors),
				BigDecimal.valueOf(defaults.nearPercent(noErrors)).movePointLeft(2));
		long near = 0;
		long over = 0;
		for (KxPatient patient : this.billing.threshold(clinic, threshold)) {
			near += (patient.status() == KxPatient.Status.NEAR) ? 1 : 0;
			over += (patient.status() == KxPatient.Status.OVER) ? 1 : 0;
		}
		return new Threshold(near, over, year);
	}

	/**
	 * The last {@link #MONTHS} months, oldest first, months without visits included.
	 */
	private List<Month> months(long clinic, LocalDate thisMonth, LocalDate today) {
		LocalDate first = thisMonth.minusMonths(MONTHS - 1);
		Map<String, SummaryRow> rows = new HashMap<>();
		this.billing.summary(clinic, first, today, Period.MONTH).series().forEach((row) -> rows.put(row.key(), row));
		List<Month> months = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(thisMonth); start = start.plusMonths(1)) {
			SummaryRow row = rows.get(start.toString());
			months
				.add((row != null) ? new Month(start, row.visits(), row.revenue()) : new Month(start, 0, Money.zero()));
		}
		return months;
	}

}
