-- module besluit: the size of each attachment, so the limits per decision and per resident are a sum, not a scan of the files
alter table bezwaar_bijlage add column grootte bigint not null default 0;
update bezwaar_bijlage set grootte = octet_length(inhoud);
create index bezwaar_beschikking_dag on bezwaar (beschikking_id, ontvangen_datum);
create index bezwaar_indiener on bezwaar (gemeente_code, ingediend_door);
