package io.tactus.web.wages;

import java.util.List;

import io.tactus.web.datasets.Dataset;

/**
 * What a request chose, checked: the dataset (by survey year) and the occupation, with
 * the choices it was made from.
 *
 * @param dataset the dataset
 * @param year its survey year
 * @param occupation the occupation
 * @param datasets every dataset that can be chosen, one per year, oldest first
 * @param occupations the occupations of the chosen dataset
 */
record Selection(Dataset dataset, int year, Occupation occupation, List<Dataset> datasets,
		List<Occupation> occupations) {

	Selection {
		datasets = List.copyOf(datasets);
		occupations = List.copyOf(occupations);
	}

	/**
	 * The year as text, so message formats do not group its digits.
	 * @return the year
	 */
	public String yearText() {
		return Integer.toString(this.year);
	}

	/**
	 * The survey year of the current (published) dataset, else the newest one, as text.
	 * @return the year
	 */
	public String currentYearText() {
		return this.datasets.stream()
			.filter(Dataset::isPublished)
			.findFirst()
			.or(() -> this.datasets.stream().reduce((a, b) -> b))
			.map((d) -> Integer.toString(d.surveyYear()))
			.orElse(yearText());
	}

	public boolean isPublished() {
		return this.dataset.isPublished();
	}

}
