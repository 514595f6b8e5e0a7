-- plan: which member a change of the plan is about (null: the whole household), so a text about a
-- 16- or 17-year-old is shown only to whom may read it (docs/decisions/0006)
alter table plan_versie add column betreft_bsn varchar(9);

-- earlier changes: the member of the goal the text names
update plan_versie set betreft_bsn = (
    select max(d.persoon_bsn) from doel d
    where d.plan_id = plan_versie.plan_id and d.persoon_bsn is not null and plan_versie.wijziging like '%' || d.omschrijving || '%');
