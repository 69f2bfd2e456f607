-- Raised by every change of an account's password or status: a session signed in with an older version has ended.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table app_user add column credentials_version integer not null default 0;
