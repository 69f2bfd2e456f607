package io.tactus.web.wages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tactus.reports.oews.WageRow;
import io.tactus.reports.reference.ReferenceData;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StatisticsOptions;
import io.tactus.reports.statistics.WageStatistics;
import io.tactus.reports.statistics.YearOverYear;
import io.tactus.web.datasets.Dataset;
import io.tactus.web.datasets.DatasetPublished;
import io.tactus.web.datasets.PublishedFigures;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The state comparisons the wage pages and the API show: computed once per (dataset,
 * occupation) and kept until the next {@link DatasetPublished}, together with the
 * datasets that can be chosen, their occupations and the year-over-year changes.
 */
@Service
class WageComparisons {

	/** The occupation shown when none is chosen. */
	static final String DEFAULT_OCCUPATION = WageStatistics.MASSAGE_THERAPISTS;

	private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final PublishedFigures figures;

	private final ReferenceData reference;

	/** Enough for every dataset and occupation an upload can hold. */
	private static final int MAX_ENTRIES = 10_000;

	private final UntilPublished<Key, StateComparison> comparisons = new UntilPublished<>(MAX_ENTRIES);

	private final UntilPublished<Long, List<Occupation>> occupations = new UntilPublished<>(MAX_ENTRIES);

	private final UntilPublished<String, List<YearOverYear>> changes = new UntilPublished<>(MAX_ENTRIES);

	private final UntilPublished<Boolean, List<Dataset>> available = new UntilPublished<>(1);

	WageComparisons(PublishedFigures figures) {
		this.figures = figures;
		this.reference = ReferenceData.load();
	}

	@EventListener
	void evict(DatasetPublished published) {
		this.available.clear();
		this.comparisons.clear();
		this.occupations.clear();
		this.changes.clear();
	}

	/**
	 * The datasets a user can choose: published and retired ones, one per survey year
	 * (the published one, else the newest upload of that year), oldest first.
	 * @return the datasets
	 */
	List<Dataset> available() {
		return this.available.get(Boolean.TRUE, (all) -> chooseable());
	}

	private List<Dataset> chooseable() {
		Map<Integer, Dataset> byYear = new LinkedHashMap<>();
		for (Dataset dataset : this.figures.publishedAndRetired()) {
			Dataset current = byYear.get(dataset.surveyYear());
			if (current == null || (!current.isPublished() && (dataset.isPublished() || dataset.id() > current.id()))) {
				byYear.put(dataset.surveyYear(), dataset);
			}
		}
		return byYear.values().stream().sorted(Comparator.comparing(Dataset::surveyYear)).toList();
	}

	/**
	 * Checks a request's choice of year and occupation.
	 * @param year the survey year, or {@code null}/blank for the published dataset
	 * @param occupation the SOC code, or {@code null}/blank for massage therapists
	 * @return the selection
	 * @throws InvalidWageParameterException naming the parameter that cannot be used
	 * @throws NoWageDataException when no dataset has been published yet
	 */
	Selection select(String year, String occupation) {
		List<Dataset> choices = available();
		if (choices.isEmpty()) {
			throw new NoWageDataException();
		}
		Dataset dataset = chooseDataset(year, choices);
		List<Occupation> present = occupations(dataset.id());
		Occupation chosen = chooseOccupation(occupation, dataset, present);
		return new Selection(dataset, dataset.surveyYear(), chosen, choices, present);
	}

	/**
	 * The comparison of a selection, computed once.
	 * @param selection the selection
	 * @return the comparison
	 */
	StateComparison comparison(Selection selection) {
		return this.comparisons.get(new Key(selection.dataset().id(), selection.occupation().code()),
				(key) -> WageStatistics.compute(this.figures.stateAndNationalRows(key.datasetId()), selection.year(),
						key.occupation(), this.reference, StatisticsOptions.defaults()));
	}

	/**
	 * The occupations of a dataset's state rows.
	 * @param datasetId the dataset
	 * @return the occupations by code
	 */
	List<Occupation> occupations(long datasetId) {
		return this.occupations.get(datasetId,
				(id) -> this.figures.stateOccupations(id)
					.stream()
					.map((occupation) -> new Occupation(occupation.code(), occupation.title()))
					.toList());
	}

	/**
	 * Changes between each pair of consecutive years that can be chosen.
	 * @param occupation the SOC code
	 * @return the comparisons, oldest first; empty with fewer than two years
	 */
	List<YearOverYear> yearOverYear(String occupation) {
		return this.changes.get(occupation, (code) -> {
			Map<Integer, List<WageRow>> byYear = new LinkedHashMap<>();
			for (Dataset dataset : available()) {
				byYear.put(dataset.surveyYear(), this.figures.stateAndNationalRows(dataset.id()));
			}
			return YearOverYear.consecutive(byYear, code);
		});
	}

	private static Dataset chooseDataset(String year, List<Dataset> choices) {
		if (year == null || year.isBlank()) {
			Optional<Dataset> published = choices.stream().filter(Dataset::isPublished).findFirst();
			return published.orElse(choices.get(choices.size() - 1));
		}
		String text = year.trim();
		if (!YEAR.matcher(text).matches()) {
			throw new InvalidWageParameterException("year", year, "wages.invalid.reason.yearFormat");
		}
		int wanted = Integer.parseInt(text);
		return choices.stream()
			.filter((d) -> d.surveyYear() == wanted)
			.findFirst()
			.orElseThrow(() -> new InvalidWageParameterException("year", year, "wages.invalid.reason.yearMissing",
					years(choices)));
	}

	private static Occupation chooseOccupation(String occupation, Dataset dataset, List<Occupation> present) {
		if (occupation == null || occupation.isBlank()) {
			return present.stream()
				.filter((o) -> o.code().equals(DEFAULT_OCCUPATION))
				.findFirst()
				.or(() -> present.stream().findFirst())
				.orElse(new Occupation(DEFAULT_OCCUPATION, ""));
		}
		String code = occupation.trim();
		if (!SOC_CODE.matcher(code).matches()) {
			throw new InvalidWageParameterException("occupation", occupation, "wages.invalid.reason.socFormat");
		}
		return present.stream()
			.filter((o) -> o.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidWageParameterException("occupation", occupation,
					"wages.invalid.reason.occupationMissing", Integer.toString(dataset.surveyYear()),
					present.stream().map(Occupation::code).collect(Collectors.joining(", "))));
	}

	private static String years(List<Dataset> choices) {
		List<String> years = new ArrayList<>();
		choices.forEach((d) -> years.add(Integer.toString(d.surveyYear())));
		return String.join(", ", years);
	}

	private record Key(long datasetId, String occupation) {
	}

}
