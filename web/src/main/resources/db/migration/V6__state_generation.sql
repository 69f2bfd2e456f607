-- State that every portal node caches (published wage figures, API credentials) has a generation here. A change
-- advances it in the same transaction; every node polls this small table and drops what it derived from an older
-- generation (docs/architecture.md, "Several nodes").
create table state_generation (
    name varchar(40) primary key,
    generation bigint not null
);

insert into state_generation (name, generation) values ('published-data', 0);
insert into state_generation (name, generation) values ('accounts', 0);
