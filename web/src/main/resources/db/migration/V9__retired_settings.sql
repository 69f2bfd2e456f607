-- An owner can retire a therapist or payer that visits use: a retired one is no longer offered for new visits
-- (form, import), but stays on the visits, summaries and exports that have it. Null: active.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table clinic_therapist add column retired_at timestamp with time zone;
alter table clinic_payer add column retired_at timestamp with time zone;
