package io.tactus.web.datasets;

import java.util.List;
import java.util.Optional;

import io.tactus.reports.oews.WageRow;

import org.springframework.stereotype.Service;

/**
 * What other features read of the wage datasets: which datasets are published (or were),
 * and their state and national figures. The tables behind it belong to this package;
 * {@link DatasetPublished} says when the answers change.
 */
@Service
public class PublishedFigures {

	private final Datasets datasets;

	private final WageRowStore rows;

	PublishedFigures(Datasets datasets, WageRowStore rows) {
		this.datasets = datasets;
		this.rows = rows;
	}

	/**
	 * The dataset every report uses.
	 * @return the published dataset, or empty before the first publish
	 */
	public Optional<Dataset> published() {
		return this.datasets.published();
	}

	/**
	 * Datasets that have been published and can feed year-over-year views: published and
	 * retired, by survey year.
	 * @return the datasets, oldest year first
	 */
	public List<Dataset> publishedAndRetired() {
		return this.datasets.publishedAndRetired();
	}

	/**
	 * The cross-industry, all-ownership rows of a dataset for the nation, the states and
	 * the territories: what the state comparison needs.
	 * @param datasetId the dataset
	 * @return the rows in file order
	 */
	public List<WageRow> stateAndNationalRows(long datasetId) {
		return this.rows.stateAndNationalRows(datasetId);
	}

	/**
	 * The occupations of a dataset's cross-industry state rows.
	 * @param datasetId the dataset
	 * @return the occupations, by code
	 */
	public List<StateOccupation> stateOccupations(long datasetId) {
		return this.rows.stateOccupations(datasetId);
	}

	/**
	 * An occupation present in a dataset's state rows.
	 *
	 * @param code the SOC code, {@code ##-####}
	 * @param title OCC_TITLE as published
	 */
	public record StateOccupation(String code, String title) {
	}

}
