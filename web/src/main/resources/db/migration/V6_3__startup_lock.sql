-- One row that a starting node locks (select ... for update) while it seeds the database: the first admin, the
-- bundled wage data and, in the demo profile, the sample accounts. Nodes started together take turns, so each finds
-- what the one before it created instead of creating it twice.
create table startup_lock (
    name varchar(40) primary key
);

insert into startup_lock (name) values ('first-start');
