-- Whose reaction it is (issue 15): the resident as whom the writer acted. A reaction or niet-akkoord reason of a 16- or
-- 17-year-old is his text; his parents read it only when he authorised them (docs/decisions/0006). Null: written by staff.
alter table plan_reactie add column namens_bsn varchar(9);
-- reactions of residents from before: the writer's own BSN (one acting for someone else wrote as that person; the
-- writer's is the closer guess than none, and only narrows who reads it)
update plan_reactie set namens_bsn = (select a.bsn from account a where a.gebruikersnaam = plan_reactie.door)
where van_inwoner = true and namens_bsn is null;
