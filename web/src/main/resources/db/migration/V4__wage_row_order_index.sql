-- The preview and the state figures read a dataset's rows in file order: an index keeps that from
-- sorting a 400,000-row dataset on every page view.
create index ix_wage_row_dataset_row on wage_row (dataset_id, source_row);
