-- How far a running import has come, written by the node that runs it about once a second, so that the progress
-- bar of an import reads the same whichever node the page's poll reaches.
alter table wage_dataset add column progress_stage varchar(20);
alter table wage_dataset add column progress_rows bigint;
alter table wage_dataset add column progress_expected bigint;
