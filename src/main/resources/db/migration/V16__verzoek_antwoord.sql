-- module berichten: the regisseur answers a verzoek per product (VOT) or as a whole (VOW)
alter table verzoek_product add column status varchar(20) default 'OPEN' not null;
alter table verzoek_product add column reden_afwijzing varchar(1);
alter table verzoek_product add column toewijzing_id bigint;
