-- module berichten: the referrer (Verwijzer, COD327) of a verzoek om toewijzing (315), per product asked for as in the
-- message, and on the toewijzing that follows; the municipality's own decisions count as 01 (gemeente). Null: unknown.
alter table verzoek_product add column verwijzer_type varchar(2);
alter table verzoek_product add column verwijzer_code varchar(8);
alter table verzoek_product add column verwijzer_naam varchar(64);

alter table toewijzing add column verwijzer_type varchar(2);
alter table toewijzing add column verwijzer_code varchar(8);
alter table toewijzing add column verwijzer_naam varchar(64);

-- toewijzingen that followed a decision of the municipality; those after an earlier verzoek or taken over stay unknown
update toewijzing set verwijzer_type = '01' where beschikking_id is not null;
