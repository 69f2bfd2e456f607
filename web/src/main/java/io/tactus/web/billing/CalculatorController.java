package io.tactus.web.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.Finding;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.Severity;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.codes.ProviderType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The visit calculator: units of a visit under the CMS 8-minute rule and the AMA midpoint
 * rule side by side, the coding findings and the expected payment. A GET form, so that a
 * result can be bookmarked or shared; it works without JavaScript.
 */
@Controller
class CalculatorController {

	static final String PATH = "/billing/calculator";

	private final BillingEngine engine;

	private final MessageSource messages;

	private final Clock clock;

	private final FindingMessages findingMessages;

	CalculatorController(BillingEngine engine, MessageSource messages, Clock clock, FindingMessages findingMessages) {
		this.engine = engine;
		this.messages = messages;
		this.findingMessages = findingMessages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String showCalculator(WebRequest request, Model model) {
		CalculatorForm submitted = CalculatorForm.of(request.getParameterMap());
		boolean blank = submitted.payer() == null && !submitted.hasServices() && !submitted.isAddRow();
		CalculatorForm form = blank ? CalculatorForm.empty() : submitted;
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("form", form);
		model.addAttribute("rows", form.rows());
		model.addAttribute("codes", this.engine.catalog().all());
		model.addAttribute("payers", PayerKind.values());
		model.addAttribute("providers", ProviderType.values());
		model.addAttribute("rules", UnitRule.values());
		model.addAttribute("localityGroups", LocalityGroup.of(this.engine.gpcis()));
		model.addAttribute("today", today.toString());
		model.addAttribute("errors", Map.of());
		if (blank || form.isAddRow() || !form.hasServices()) {
			return "billing/calculator";
		}
		CalculatorInput input = CalculatorInput.read(form, this.engine.catalog(), this.engine.gpcis(), today);
		input.claim().ifPresent((claim) -> evaluate(claim, input, model));
		model.addAttribute("errors", resolve(input.problems()));
		return "billing/calculator";
	}

	private void evaluate(VisitClaim claim, CalculatorInput input, Model model) {
		VisitEvaluation evaluation;
		try {
			evaluation = this.engine.evaluate(claim);
		}
		catch (InvalidServiceException ex) {
			input.reject(ex);
			return;
		}
		List<FindingView> findings = new ArrayList<>();
		Set<Integer> flagged = new TreeSet<>();
		for (Finding finding : evaluation.findings()) {
			List<Integer> rows = new ArrayList<>();
			for (int line : finding.lines()) {
				rows.add(input.row(line) + 1);
				if (finding.severity() != Severity.INFO) {
					flagged.add(input.row(line));
				}
			}
			findings.add(new FindingView(finding, rows, this.findingMessages.explanation(finding),
					this.findingMessages.fix(finding)));
		}
		int year = claim.dateOfService().getYear();
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("findings", findings);
		model.addAttribute("flaggedRows", flagged);
		model.addAttribute("feeYear", String.valueOf(year));
		model.addAttribute("conversionFactor", this.engine.rvus().conversionFactor(year).orElse(null));
		model.addAttribute("feeRelease", this.engine.rvus().release(year).orElse(""));
	}

	private Map<String, String> resolve(Map<String, CalculatorInput.Problem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> resolved = new LinkedHashMap<>();
		problems.forEach((field, problem) -> resolved.put(field,
				this.messages.getMessage(problem.key(), new Object[] { problem.value() }, problem.key(), locale)));
		return resolved;
	}

	/**
	 * A finding with the form rows (1-based) it points at.
	 *
	 * @param finding the finding
	 * @param rows the rows, as the user counts them
	 * @param explanation what was found and why, from the bundle
	 * @param fix what to do, from the bundle
	 */
	record FindingView(Finding finding, List<Integer> rows, String explanation, String fix) {
	}

}
