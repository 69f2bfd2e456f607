package io.tactus.web.clinic;

import io.tactus.core.billing.Severity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tactus.core.billing.FindingKind;
import io.tactus.core.summary.ClinicSummary;
import io.tactus.core.summary.FindingCount;
import io.tactus.core.summary.PayerRow;
import io.tactus.core.summary.Period;
import io.tactus.core.summary.SummaryRow;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The clinic's summary over a range, its printable page, its findings drill-down and its
 * exports.
 */
@Controller
class SummaryController {

	/** The longest range summarised at once. */
	static final long MAX_DAYS = 366L * 5;

	private final ClinicBilling billing;

	private final ClinicVisits visits;

	private final Clock clock;

	SummaryController(ClinicBilling billing, ClinicVisits visits, Clock clock) {
		this.billing = billing;
		this.visits = visits;
		this.clock = clock;
	}

	@Bean
	static NavigationItem clinicSummaryNavigation() {
		return new NavigationItem("/clinic/summary", "nav.clinic.summary",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER), 32);
	}

	/**
	 * The range asked for, with defaults: the period's usual range up to today.
	 */
	record Range(LocalDate from, LocalDate to, Period period) {

		public String query() {
			return "from=" + this.from + "&to=" + this.to + "&period=" + this.period.name().toLowerCase();
		}

		/**
		 * A day of a report's range, as the date fields send it: yyyy-mm-dd in the years
		 * 2000 to 2100.
		 * @param text the field's value, not blank
		 * @return the day, empty when the text is not one
		 */
		static Optional<LocalDate> day(String text) {
			try {
				LocalDate date = (text.length() <= 10) ? LocalDate.parse(text.strip()) : null;
				if (date != null && date.getYear() >= 2000 && date.getYear() <= 2100) {
					return Optional.of(date);
				}
			}
			catch (DateTimeParseException ex) {
				// not a day
			}
			return Optional.empty();
		}

	}

	/**
	 * The range parameters every summary page and export takes, as text, so that a wrong
	 * date is answered with a page naming it.
	 *
	 * @param from first day, yyyy-mm-dd; empty for the period's usual range
	 * @param to last day, yyyy-mm-dd; empty for today
	 * @param period {@code week}, {@code month} or {@code quarter}; month when empty or
	 * unknown
	 */
	record RangeQuery(String from, String to, String period) {
	}

	private Range range(RangeQuery query) {
		Period chosen = Period.parse((query.period() != null && !query.period().isBlank()) ? query.period() : "month");
		LocalDate last = date("to", query.to()).orElse(LocalDate.now(this.clock));
		LocalDate first = date("from", query.from()).orElse(chosen.defaultFrom(last));
		if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
			throw new BadRangeException("from", "clinic.range.invalid");
		}
		return new Range(first, last, chosen);
	}

	private static Optional<LocalDate> date(String field, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(Range.day(text).orElseThrow(() -> new BadRangeException(field, "clinic.range.date")));
	}

	@ExceptionHandler(BadRangeException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRange(BadRangeException ex, Model model) {
		model.addAttribute("field", ex.field());
		model.addAttribute("messageKey", ex.messageKey());
		return "clinic/bad-range";
	}

	@GetMapping({ "/clinic/summary", "/clinic/summary/print" })
	String showSummary(SignedInClinic signedIn, RangeQuery query, HttpServletRequest request, Model model) {
		long clinic = signedIn.id();
		Range range = range(query);
		ClinicSummary summary = this.billing.summary(clinic, range.from(), range.to(), range.period());
		model.addAttribute("range", range);
		model.addAttribute("summary", summary);
		model.addAttribute("periods", Period.values());
		List<ColumnChart.Point> unitsPerVisit = summary.series()
			.stream()
			.map((row) -> new ColumnChart.Point(LocalDate.parse(row.key()), row.unitsPerVisit()))
			.toList();
		List<ColumnChart.Point> periods = ColumnChart.every(unitsPerVisit, range.from(), range.to(), range.period());
		model.addAttribute("unitsChart", ColumnChart.of(periods, range.period(), ChartFormat.DECIMAL));
		model.addAttribute("unitsPhoneChart", ColumnChart.phone(periods, range.period(), ChartFormat.DECIMAL));
		model.addAttribute("payerChart",
				BarChart.of(summary.byPayer().stream().map(PayerRow::payer).toList(),
						summary.byPayer().stream().map((row) -> row.appliedRevenue().amount()).toList(), 20,
						ChartFormat.MONEY));
		model.addAttribute("codeChart",
				BarChart.of(summary.byCode().stream().map(SummaryRow::key).toList(),
						summary.byCode().stream().map((row) -> BigDecimal.valueOf(row.units())).toList(), 20,
						ChartFormat.COUNT));
		return request.getRequestURI().endsWith("/print") ? "clinic/summary-print" : "clinic/summary";
	}

	@GetMapping("/clinic/summary/findings/{kind}")
	String showFinding(SignedInClinic signedIn, @PathVariable String kind, RangeQuery query, Model model) {
		long clinic = signedIn.id();
		FindingKind findingKind;
		try {
			findingKind = FindingKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new ClinicNotFoundException("finding " + kind);
		}
		Range range = range(query);
		ClinicSummary summary = this.billing.summary(clinic, range.from(), range.to(), range.period());
		FindingCount count = summary.findings()
			.stream()
			.filter((f) -> f.kind() == findingKind)
			.findFirst()
			.orElse(new FindingCount(findingKind, Severity.INFO, 0, List.of(), 0));
		model.addAttribute("range", range);
		model.addAttribute("finding", count);
		model.addAttribute("visits",
				count.visitIds().stream().map((id) -> this.visits.find(clinic, id)).flatMap(Optional::stream).toList());
		return "clinic/finding";
	}

	@GetMapping("/clinic/summary.csv")
	void downloadSummaryCsv(SignedInClinic signedIn, RangeQuery query, HttpServletResponse response)
			throws IOException {
		long clinic = signedIn.id();
		Range range = range(query);
		ClinicSummary summary = this.billing.summary(clinic, range.from(), range.to(), range.period());
		attachment(response, "text/csv; charset=UTF-8", "summary-" + range.from() + "-" + range.to() + ".csv");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		ClinicExports.csv(out, ClinicExports.SUMMARY_HEADER,
				(sink) -> ClinicExports.summaryRows(summary).forEach(sink));
	}

	@GetMapping("/clinic/summary.xlsx")
	void downloadSummaryXlsx(SignedInClinic signedIn, RangeQuery query, HttpServletResponse response)
			throws IOException {
		long clinic = signedIn.id();
		Range range = range(query);
		ClinicSummary summary = this.billing.summary(clinic, range.from(), range.to(), range.period());
		attachment(response, ClinicExports.XLSX, "summary-" + range.from() + "-" + range.to() + ".xlsx");
		ClinicExports.xlsx(response.getOutputStream(), "summary", ClinicExports.SUMMARY_HEADER,
				(sink) -> ClinicExports.summaryRows(summary).forEach(sink));
	}

	private static void attachment(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
	}

}
