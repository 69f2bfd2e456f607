package io.tactus.web.wages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tactus.reports.statistics.StateComparison;
import io.tactus.web.datasets.DatasetPublished;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The content of the comparison page ({@code wages/statesBody}: heading, choosers, map,
 * table, legend, summary and source): the same for every user, so rendered once per
 * dataset, occupation, options and locale and kept (up to {@value #MAX_ENTRIES} views,
 * then it starts again) until the next {@link DatasetPublished}. Only the layout around
 * it (navigation, user, sign-out form with its CSRF token) is rendered per request.
 */
@Component
class WagesBody {

	static final int MAX_ENTRIES = 256;

	/** The columns the map can be coloured by. */
	static final List<Column> METRICS = List.of(Column.EMPLOYMENT, Column.JOBS_PER_1000, Column.LOCATION_QUOTIENT,
			Column.MEAN, Column.P10, Column.P25, Column.MEDIAN, Column.P75, Column.P90);

	/**
	 * A line break and the indentation after it: a single line break renders the same
	 * (the body has no {@code pre} or {@code textarea}) and the page is a third smaller.
	 */
	private static final Pattern INDENTED_LINE = Pattern.compile("\\n\\s+");

	private final ITemplateEngine templates;

	private final UntilPublished<Key, String> rendered = new UntilPublished<>(MAX_ENTRIES);

	WagesBody(ITemplateEngine templates) {
		this.templates = templates;
	}

	@EventListener
	void evict(DatasetPublished published) {
		this.rendered.clear();
	}

	/**
	 * The body of the comparison page.
	 * @param selection the dataset and occupation
	 * @param comparison their comparison
	 * @param options how the table is shown
	 * @param contextPath the servlet context path, for the links
	 * @param locale the locale of the texts
	 * @return the HTML
	 */
	String render(Selection selection, StateComparison comparison, TableOptions options, String contextPath,
			Locale locale) {
		return this.rendered.get(
				new Key(selection.dataset().id(), selection.occupation().code(), options, contextPath, locale),
				(key) -> html(selection, comparison, options, contextPath, locale));
	}

	private String html(Selection selection, StateComparison comparison, TableOptions options, String contextPath,
			Locale locale) {
		WageTable table = WageTable.of(comparison, options);
		WageLinks links = new WageLinks(selection, options, contextPath);
		Context context = new Context(locale);
		context.setVariable("selection", selection);
		context.setVariable("comparison", comparison);
		context.setVariable("options", options);
		context.setVariable("metrics", METRICS);
		context.setVariable("unpublishedMetrics",
				METRICS.stream().filter((m) -> !TableOptions.hasData(comparison, m.measure().orElseThrow())).toList());
		context.setVariable("coverage", Coverage.of(comparison));
		context.setVariable("table", table);
		context.setVariable("links", links);
		context.setVariable("map", TileMap.of(comparison, table, (state) -> links.state(state.postalCode())));
		context.setVariable("summary", SummaryLine.of(comparison.summary(), new WageFormat()));
		context.setVariable("marks", Mark.values());
		context.setVariable("thinMark", Mark.THIN_SAMPLE.symbol());
		context.setVariable("quartileOrder", List.of(4, 3, 2, 1));
		return asciiOnly(INDENTED_LINE.matcher(this.templates.process("wages/statesBody", context)).replaceAll("\n"));
	}

	/**
	 * The same HTML with every non-ASCII character as a numeric character reference: a
	 * string Java stores one byte a character and writes to the response without
	 * re-encoding, several times faster for this large, often repeated body.
	 * @param html the HTML
	 * @return the HTML in ASCII
	 */
	static String asciiOnly(String html) {
		StringBuilder ascii = new StringBuilder(html.length() + 256);
		html.codePoints().forEach((c) -> {
			if (c < 128) {
				ascii.append((char) c);
			}
			else {
				ascii.append("&#").append(c).append(';');
			}
		});
		return ascii.toString();
	}

	private record Key(long datasetId, String occupation, TableOptions options, String contextPath, Locale locale) {
	}

}
