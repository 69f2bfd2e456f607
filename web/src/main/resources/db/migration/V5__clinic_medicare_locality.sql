-- A clinic picks its Medicare payment locality from the CMS GPCI list (MAC-locality, e.g. 02102-01);
-- each visit is priced with that locality's GPCIs for the visit's year.
-- GPCIs typed by hand before this migration are kept and still used (the same for every year) until the
-- owner picks a locality; typed national indices (1.000 each) meant "no locality" and are cleared.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table clinic_settings add column medicare_locality varchar(8);
alter table clinic_settings alter column gpci_locality drop not null;
alter table clinic_settings alter column gpci_work drop not null;
alter table clinic_settings alter column gpci_pe drop not null;
alter table clinic_settings alter column gpci_mp drop not null;
update clinic_settings set gpci_locality = null, gpci_work = null, gpci_pe = null, gpci_mp = null
    where gpci_work = 1 and gpci_pe = 1 and gpci_mp = 1;
