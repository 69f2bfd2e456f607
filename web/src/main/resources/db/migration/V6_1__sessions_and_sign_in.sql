-- Sessions, sign-in failures and sign-ups live in the database, so that every portal node behind a load balancer sees
-- the same ones (docs/architecture.md, "Several nodes").

-- Spring Session JDBC's tables (its PostgreSQL schema; H2 reads BYTEA as binary varying). Expired sessions are
-- deleted by Spring Session's cleanup job (spring.session.jdbc.cleanup-cron).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Failed sign-ins (LoginThrottle), counted per hashed user name and client address ('name <hash> <address>') and
-- per address ('address <address>'). Times are epoch milliseconds. A count is forgotten at forget_at (a scheduled
-- purge deletes it) and the table is capped, oldest forget_at first.
create table sign_in_failure (
    count_key varchar(160) primary key,
    failures int not null,
    retry_at bigint,
    forget_at bigint not null
);

create index sign_in_failure_forget_at on sign_in_failure (forget_at);

-- Sign-ups per client address and hour (SignupLimiter): one row per address, locked while its sign-ups are counted,
-- and one row per sign-up.
create table sign_up_address (
    address varchar(64) primary key,
    last_at bigint not null
);

create index sign_up_address_last_at on sign_up_address (last_at);

create table sign_up (
    address varchar(64) not null references sign_up_address (address) on delete cascade,
    signed_up_at bigint not null
);

create index sign_up_address_time on sign_up (address, signed_up_at);
