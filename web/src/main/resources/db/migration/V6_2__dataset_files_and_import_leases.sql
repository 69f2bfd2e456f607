-- Several nodes share the wage imports (docs/datasets.md, "Several nodes").
-- The uploaded file lives in the database in chunks of 1 MiB, so every node can read it and neither writing nor
-- reading it holds the whole file in memory (PostgreSQL's driver reads a bytea value whole).
create table dataset_file_chunk (
    dataset_id bigint not null references wage_dataset (id) on delete cascade,
    seq integer not null,
    bytes bytea not null,
    primary key (dataset_id, seq)
);

-- The node importing a PROCESSING dataset and until when its lease runs (database clock). A dataset PROCESSING without
-- a lease (left by a version without leases) is failed by the next sweep.
alter table wage_dataset add column lease_owner varchar(100);
alter table wage_dataset add column lease_until timestamp with time zone;

-- Work done once by whichever node starts first: its row is locked (select ... for update) while a node does it.
-- A database that already has datasets had the bundled data imported (or chose not to) before this version.
create table startup_task (
    name varchar(40) primary key,
    done_at timestamp with time zone
);

insert into startup_task (name, done_at)
select 'bundled-data', case when exists (select 1 from wage_dataset) then current_timestamp end;
