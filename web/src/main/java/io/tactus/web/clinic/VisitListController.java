package io.tactus.web.clinic;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.tactus.web.system.PageNumber;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A clinic's visit list, all of its visits page by page with filters, and the export of
 * the filtered list. Units, findings and payment come from the billing engine, evaluated
 * as on the visit page.
 */
@Controller
class VisitListController {

	static final int PAGE_SIZE = 50;

	private final ClinicSetup setup;

	private final VisitSearch search;

	private final ClinicBilling billing;

	VisitListController(ClinicSetup setup, VisitSearch search, ClinicBilling billing) {
		this.setup = setup;
		this.search = search;
		this.billing = billing;
	}

	@GetMapping("/clinic/visits")
	String showVisits(SignedInClinic signedIn, VisitFilter.Query query, Model model, HttpServletResponse response) {
		long clinic = signedIn.id();
		VisitFilter.Parsed parsed = parse(clinic, query, model);
		if (!parsed.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(model, List.of(), 0, 0);
		}
		VisitFilter filter = parsed.filter();
		int page = PageNumber.of(query.page());
		long first = (long) page * PAGE_SIZE;
		ClinicBilling.Claims claims = this.billing.claims(clinic);
		if (filter.finding().isEmpty()) {
			List<VisitRow> rows = this.search.page(clinic, filter, PAGE_SIZE, first)
				.stream()
				.map((visit) -> VisitRow.of(this.billing, claims, visit))
				.toList();
			return listPage(model, rows, this.search.count(clinic, filter), page);
		}
		List<VisitRow> rows = new ArrayList<>();
		long[] matched = { 0 };
		this.search.forEach(clinic, filter, true, (visit) -> {
			VisitRow row = VisitRow.of(this.billing, claims, visit);
			if (row.matches(filter)) {
				if (matched[0] >= first && matched[0] < first + PAGE_SIZE) {
					rows.add(row);
				}
				matched[0]++;
			}
		});
		return listPage(model, rows, matched[0], page);
	}

	private VisitFilter.Parsed parse(long clinic, VisitFilter.Query query, Model model) {
		List<Therapist> therapists = this.setup.therapists(clinic);
		List<Payer> payers = this.setup.payers(clinic);
		VisitFilter.Parsed parsed = VisitFilter.parse(query,
				therapists.stream().map(Therapist::id).collect(Collectors.toSet()),
				payers.stream().map(Payer::id).collect(Collectors.toSet()));
		model.addAttribute("query", query);
		model.addAttribute("therapists", therapists);
		model.addAttribute("payers", payers);
		model.addAttribute("problems", parsed.problems());
		return parsed;
	}

	private static String listPage(Model model, List<VisitRow> rows, long count, int page) {
		model.addAttribute("rows", rows);
		model.addAttribute("count", count);
		model.addAttribute("page", page);
		model.addAttribute("pages", (int) Math.min(PageNumber.MAX + 1L, (count + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < count);
		return "clinic/visits";
	}

	/**
	 * Filter parameters an export cannot use: answered with the list page naming them.
	 */
	static final class BadFilterException extends RuntimeException {

		private final transient Map<String, Object> attributes;

		BadFilterException(Model model) {
			super("bad visit filter", null, false, false);
			this.attributes = new LinkedHashMap<>(model.asMap());
		}

	}

	@ExceptionHandler(BadFilterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badFilter(BadFilterException ex, Model model) {
		model.mergeAttributes(ex.attributes);
		return listPage(model, List.of(), 0, 0);
	}

	@GetMapping("/clinic/visits.csv")
	void downloadVisitsCsv(SignedInClinic signedIn, VisitFilter.Query query, Model model, HttpServletResponse response)
			throws IOException {
		long clinic = signedIn.id();
		VisitFilter filter = exportFilter(clinic, query, model);
		attachment(response, "text/csv; charset=UTF-8", fileName(query, "csv"));
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		ClinicExports.csv(out, ClinicExports.VISIT_LINE_HEADER, (sink) -> rows(clinic, filter, sink));
	}

	@GetMapping("/clinic/visits.xlsx")
	void downloadVisitsXlsx(SignedInClinic signedIn, VisitFilter.Query query, Model model, HttpServletResponse response)
			throws IOException {
		long clinic = signedIn.id();
		VisitFilter filter = exportFilter(clinic, query, model);
		attachment(response, ClinicExports.XLSX, fileName(query, "xlsx"));
		ClinicExports.xlsx(response.getOutputStream(), "visit lines", ClinicExports.VISIT_LINE_HEADER,
				(sink) -> rows(clinic, filter, sink));
	}

	private VisitFilter exportFilter(long clinic, VisitFilter.Query query, Model model) {
		VisitFilter.Parsed parsed = parse(clinic, query, model);
		if (!parsed.valid()) {
			throw new BadFilterException(model);
		}
		return parsed.filter();
	}

	/**
	 * Every matching visit, oldest first, one row per line; a visit the engine refuses is
	 * left out, as in the summary.
	 */
	private void rows(long clinic, VisitFilter filter, Consumer<List<Object>> sink) {
		ClinicBilling.Claims claims = this.billing.claims(clinic);
		this.search.forEach(clinic, filter, false, (visit) -> {
			VisitRow row = VisitRow.of(this.billing, claims, visit);
			if (row.evaluable() && row.matches(filter)) {
				ClinicExports.visitLineRows(row).forEach(sink);
			}
		});
	}

	/**
	 * {@code visit-lines-2026-01-01-2026-12-31.csv} for a range, as before the filters;
	 * an open end is left out of the name.
	 */
	private static String fileName(VisitFilter.Query query, String extension) {
		StringBuilder name = new StringBuilder("visit-lines");
		for (String part : List.of(query.from(), query.to())) {
			if (!part.isEmpty()) {
				name.append('-').append(part);
			}
		}
		return name.append('.').append(extension).toString();
	}

	private static void attachment(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
	}

}
