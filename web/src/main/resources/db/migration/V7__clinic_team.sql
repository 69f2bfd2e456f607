-- A clinic is a team (issue 14): besides its owner, a clinic has billers (enter, import, edit and
-- delete visits) and viewers (read and export). Every clinic role belongs to a clinic; other roles none.
alter table app_user drop constraint ck_app_user_role;
alter table app_user drop constraint ck_app_user_clinic;
alter table app_user add constraint ck_app_user_role
    check (role in ('ADMIN', 'CLINIC_OWNER', 'CLINIC_BILLER', 'CLINIC_VIEWER', 'JOB_SEEKER'));
alter table app_user add constraint ck_app_user_clinic
    check ((role in ('CLINIC_OWNER', 'CLINIC_BILLER', 'CLINIC_VIEWER')) = (clinic_id is not null));
-- An account whose password someone else chose (a temporary password from the clinic owner) must
-- change it before it can do anything else.
alter table app_user add column must_change_password boolean not null default false;
