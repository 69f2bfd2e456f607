package io.tactus.web.clinic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Which visits the visit list and its exports show: every part optional, all of them
 * together.
 *
 * @param from first day of service
 * @param to last day of service
 * @param therapist the therapist's id (one of the clinic's)
 * @param payer the payer's id (one of the clinic's)
 * @param code visits with a line of this code (upper case)
 * @param finding visits with (true) or without (false) a finding of the engine
 * @param q a part of the patient reference, lower case
 */
record VisitFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<Long> therapist, Optional<Long> payer,
		Optional<String> code, Optional<Boolean> finding, Optional<String> q) {

	static final VisitFilter ALL = new VisitFilter(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{5}");

	private static final Pattern SEARCH = Pattern.compile("[A-Za-z0-9-]{1,32}");

	/**
	 * The parameters as sent: {@code from}, {@code to} (yyyy-mm-dd), {@code therapist},
	 * {@code payer} (ids), {@code code}, {@code finding} ({@code yes} or {@code no}),
	 * {@code q} (part of a patient reference) and {@code page}.
	 */
	record Query(String from, String to, String therapist, String payer, String code, String finding, String q,
			String page) {

		Query {
			from = clean(from);
			to = clean(to);
			therapist = clean(therapist);
			payer = clean(payer);
			code = clean(code);
			finding = clean(finding);
			q = clean(q);
			page = clean(page);
		}

		private static String clean(String text) {
			return (text != null) ? text.strip() : "";
		}

		/**
		 * The filter parameters (not the page) as a query string, for page and export
		 * links.
		 * @return e.g. {@code from=2026-01-01&code=97110}, empty without filters
		 */
		public String filters() {
			StringJoiner query = new StringJoiner("&");
			Map<String, String> values = new LinkedHashMap<>();
			values.put("from", this.from);
			values.put("to", this.to);
			values.put("therapist", this.therapist);
			values.put("payer", this.payer);
			values.put("code", this.code);
			values.put("finding", this.finding);
			values.put("q", this.q);
			values.forEach((name, value) -> {
				if (!value.isEmpty()) {
					query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			});
			return query.toString();
		}

		/**
		 * A link to this list's page {@code n}.
		 * @param n the page, from 0
		 * @return the path and query
		 */
		public String page(int n) {
			String filters = filters();
			return "/clinic/visits?" + (filters.isEmpty() ? "" : filters + "&") + "page=" + n;
		}

		/**
		 * A link to the export of this list.
		 * @param extension {@code csv} or {@code xlsx}
		 * @return the path and query
		 */
		public String export(String extension) {
			String filters = filters();
			return "/clinic/visits." + extension + (filters.isEmpty() ? "" : "?" + filters);
		}

	}

	/**
	 * A filter read from its parameters, or what is wrong with them.
	 *
	 * @param filter the filter (only meaningful without problems)
	 * @param problems message keys by parameter name
	 */
	record Parsed(VisitFilter filter, Map<String, String> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Reads the parameters.
	 * @param query the parameters
	 * @param therapists the clinic's therapist ids
	 * @param payers the clinic's payer ids
	 * @return the filter, or the problems by parameter
	 */
	static Parsed parse(Query query, Set<Long> therapists, Set<Long> payers) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<LocalDate> from = date(query.from(), "from", problems);
		Optional<LocalDate> to = date(query.to(), "to", problems);
		if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
			problems.put("to", "clinic.visits.filter.invalid.range");
		}
		Optional<Long> therapist = id(query.therapist(), therapists, "therapist", problems);
		Optional<Long> payer = id(query.payer(), payers, "payer", problems);
		Optional<String> code = Optional.empty();
		if (!query.code().isEmpty()) {
			if (CODE.matcher(query.code()).matches()) {
				code = Optional.of(query.code().toUpperCase(Locale.ROOT));
			}
			else {
				problems.put("code", "clinic.visits.filter.invalid.code");
			}
		}
		Optional<Boolean> finding = switch (query.finding().toLowerCase(Locale.ROOT)) {
			case "" -> Optional.empty();
			case "yes" -> Optional.of(true);
			case "no" -> Optional.of(false);
			default -> {
				problems.put("finding", "clinic.visits.filter.invalid.finding");
				yield Optional.empty();
			}
		};
		Optional<String> q = Optional.empty();
		if (!query.q().isEmpty()) {
			if (SEARCH.matcher(query.q()).matches()) {
				q = Optional.of(query.q().toLowerCase(Locale.ROOT));
			}
			else {
				problems.put("q", "clinic.visits.filter.invalid.q");
			}
		}
		return new Parsed(new VisitFilter(from, to, therapist, payer, code, finding, q),
				Collections.unmodifiableMap(problems));
	}

	private static Optional<LocalDate> date(String text, String field, Map<String, String> problems) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> date = SummaryController.Range.day(text);
		if (date.isEmpty()) {
			problems.put(field, "clinic.visits.filter.invalid.date");
		}
		return date;
	}

	private static Optional<Long> id(String text, Set<Long> ids, String field, Map<String, String> problems) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> id = SettingsForms.id(text).filter(ids::contains);
		if (id.isEmpty()) {
			problems.put(field, "clinic.visits.filter.invalid." + field);
		}
		return id;
	}

}
