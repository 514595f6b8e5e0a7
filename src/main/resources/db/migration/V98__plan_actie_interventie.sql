-- plan (issue 18): an action of a goal may name an intervention of the municipality's register (module interventies), so what
-- works can be counted per intervention. Only its id: the register keeps the intervention.
alter table actie add column interventie_id bigint;
create index actie_interventie on actie (gemeente_code, interventie_id);
