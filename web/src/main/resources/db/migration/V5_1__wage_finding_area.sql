-- The area (state, territory or metro area) a finding's row is about, so an admin reads
-- "row 12, Alaska" instead of a bare row number. Numbered 5.1 so that it does not collide
-- with a V5 written at the same time on another branch.
alter table wage_finding add column area varchar(200) default '' not null;
