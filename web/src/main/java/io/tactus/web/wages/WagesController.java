package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tactus.reports.oews.FigureState;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.statistics.Measure;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StateProfile;
import io.tactus.reports.statistics.StateStatistics;
import io.tactus.reports.statistics.WageChange;
import io.tactus.reports.statistics.YearOverYear;
import io.tactus.web.system.DecimalText;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pay by state for job seekers (any signed-in user): the state table with its map, a
 * state's page, and two to four states side by side.
 */
@Controller
class WagesController {

	/** The fewest and most states the comparison shows. */
	static final int MIN_COMPARED = 2;

	static final int MAX_COMPARED = 4;

	private final WageComparisons comparisons;

	private final WagesBody body;

	WagesController(WageComparisons comparisons, WagesBody body) {
		this.comparisons = comparisons;
		this.body = body;
	}

	@Bean
	static NavigationItem wagesNavigation() {
		return new NavigationItem("/wages", "nav.wages", Set.of(Role.values()), 20);
	}

	@GetMapping({ "/wages", "/wages/states" })
	String showStates(TableQuery query, Model model, HttpServletRequest request) {
		Selection selection = this.comparisons.select(query.year(), query.occupation());
		StateComparison comparison = this.comparisons.comparison(selection);
		model.addAttribute("body", this.body.render(selection, comparison, query.options(comparison),
				request.getContextPath(), LocaleContextHolder.getLocale()));
		return "wages/states";
	}

	@GetMapping("/wages/states/{code}")
	String showState(@PathVariable String code, @RequestParam(required = false) String year,
			@RequestParam(required = false) String occupation, @RequestParam(required = false) String atLeast,
			@RequestParam(required = false) String unit, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Unit amountUnit = Unit.parse(unit);
		Selection selection = this.comparisons.select(year, occupation);
		StateComparison comparison = this.comparisons.comparison(selection);
		UsState state = UsState.ofPostalCode(code).orElseThrow(() -> StateNotFoundException.noSuchState(code));
		StateProfile profile = comparison.profile(state)
			.orElseThrow(() -> StateNotFoundException.noRow(state, selection));
		StateStatistics statistics = profile.statistics();
		model.addAttribute("selection", selection);
		model.addAttribute("comparison", comparison);
		model.addAttribute("state", state);
		model.addAttribute("profile", profile);
		model.addAttribute("s", statistics);
		model.addAttribute("ranked", comparison.states().stream().filter((s) -> s.medianRank().isPresent()).count());
		model.addAttribute("links", new WageLinks(selection, null, request.getContextPath()));
		List<RangeChart.Row> rows = chartRows(comparison, List.of(statistics));
		model.addAttribute("chart", RangeChart.of(rows));
		model.addAttribute("phoneChart", RangeChart.phone(rows));
		model.addAttribute("changes", changes(selection, state));
		model.addAttribute("unavailable", unavailable(statistics));
		model.addAttribute("atLeast", (atLeast != null) ? atLeast : "");
		model.addAttribute("amountUnit", amountUnit);
		model.addAttribute("coverage", Coverage.of(comparison));
		model.addAttribute("outliers", OutlierNote.of(statistics));
		if (atLeast != null && !atLeast.isBlank()) {
			Optional<Double> amount = amount(atLeast, amountUnit);
			if (amount.isEmpty()) {
				model.addAttribute("atLeastError", "wages.calculator.invalid." + amountUnit.key());
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			else {
				Optional<Calculation> calculation = Calculation.of(amount.get(), amountUnit, statistics);
				calculation.ifPresent((c) -> model.addAttribute("calculation", c));
				model.addAttribute("noAnswer", calculation.isEmpty() && statistics.distribution().isPresent());
			}
		}
		return "wages/state";
	}

	@GetMapping("/wages/compare")
	String showCompare(@RequestParam(name = "states", required = false) List<String> codes,
			@RequestParam(required = false) String year, @RequestParam(required = false) String occupation, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Selection selection = this.comparisons.select(year, occupation);
		StateComparison comparison = this.comparisons.comparison(selection);
		model.addAttribute("selection", selection);
		model.addAttribute("comparison", comparison);
		model.addAttribute("links", new WageLinks(selection, null, request.getContextPath()));
		model.addAttribute("choices",
				comparison.states()
					.stream()
					.map(StateStatistics::state)
					.sorted(java.util.Comparator.comparing(UsState::title))
					.toList());
		Set<String> chosen = new LinkedHashSet<>();
		if (codes != null) {
			codes.stream()
				.filter((c) -> !c.isBlank())
				.map((c) -> c.trim().toUpperCase(java.util.Locale.ROOT))
				.forEach(chosen::add);
		}
		model.addAttribute("chosen", chosen);
		if (codes == null) {
			return "wages/compare";
		}
		List<StateStatistics> compared = new ArrayList<>();
		for (String code : chosen) {
			Optional<StateStatistics> statistics = UsState.ofPostalCode(code).flatMap(comparison::state);
			if (statistics.isEmpty()) {
				return invalidCompare(model, response, "wages.compare.unknownState", code);
			}
			compared.add(statistics.get());
		}
		if (compared.size() < MIN_COMPARED || compared.size() > MAX_COMPARED) {
			return invalidCompare(model, response, "wages.compare.count", Integer.toString(compared.size()));
		}
		model.addAttribute("compared", compared);
		List<RangeChart.Row> rows = chartRows(comparison, compared);
		model.addAttribute("chart", RangeChart.of(rows));
		model.addAttribute("phoneChart", RangeChart.phone(rows));
		return "wages/compare";
	}

	private String invalidCompare(Model model, HttpServletResponse response, String key, String value) {
		model.addAttribute("compareError", key);
		model.addAttribute("compareErrorValue", value);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "wages/compare";
	}

	static List<RangeChart.Row> chartRows(StateComparison comparison, List<StateStatistics> states) {
		List<RangeChart.Row> rows = new ArrayList<>();
		for (StateStatistics s : states) {
			rows.add(new RangeChart.Row(s.state().title(), false, s.annualP10(), s.annualP25(), s.annualMedian(),
					s.annualP75(), s.annualP90()));
		}
		comparison.national()
			.ifPresent((n) -> rows.add(new RangeChart.Row(n.areaTitle(), true, n.annualP10(), n.annualP25(),
					n.annualMedian(), n.annualP75(), n.annualP90())));
		return rows;
	}

	private List<StateChange> changes(Selection selection, UsState state) {
		List<StateChange> changes = new ArrayList<>();
		for (YearOverYear pair : this.comparisons.yearOverYear(selection.occupation().code())) {
			pair.forState(state)
				.ifPresent((change) -> changes
					.add(new StateChange(Integer.toString(pair.fromYear()), Integer.toString(pair.toYear()), change)));
		}
		return changes;
	}

	private static List<Unavailable> unavailable(StateStatistics statistics) {
		List<Unavailable> list = new ArrayList<>();
		statistics.reliability().unavailable().forEach((measure, reason) -> {
			if (reason != FigureState.BLANK) {
				Mark mark = Mark.of(reason);
				String label = (measure == Measure.HOURLY_MEAN) ? Column.MEAN.messageKey(Unit.HOURLY)
						: Column.of(measure).messageKey(Unit.ANNUAL);
				list.add(new Unavailable(label, mark.symbol(), mark.messageKey()));
			}
		});
		return list;
	}

	/** The highest annual wage the calculator answers for. */
	static final double MAX_ANNUAL_AMOUNT = 10_000_000;

	static Optional<Double> amount(String text, Unit unit) {
		String cleaned = text.replace("$", "").replace(",", "").trim();
		if (cleaned.length() > DecimalText.MAX_LENGTH) {
			return Optional.empty();
		}
		double max = (unit == Unit.HOURLY) ? MAX_ANNUAL_AMOUNT / Unit.HOURS_A_YEAR : MAX_ANNUAL_AMOUNT;
		try {
			double amount = Double.parseDouble(cleaned);
			if (!Double.isFinite(amount) || amount <= 0 || amount > max) {
				return Optional.empty();
			}
			return Optional.of(amount);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A state's change between two survey years.
	 *
	 * @param from the earlier year, as text
	 * @param to the later year, as text
	 * @param change the change
	 */
	record StateChange(String from, String to, WageChange change) {
	}

	/**
	 * A figure BLS marked as unavailable or top-coded, for the state page.
	 *
	 * @param columnKey the message key of the figure
	 * @param symbol the BLS mark
	 * @param markKey the message key of its meaning
	 */
	record Unavailable(String columnKey, String symbol, String markKey) {
	}

}
