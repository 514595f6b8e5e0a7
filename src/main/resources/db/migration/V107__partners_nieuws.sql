-- news on a referral (a partner declined or reported back, the resident withdrew his consent) until the team opened it (issue 20)
alter table doorverwijzing add column nieuws_op timestamp with time zone;
alter table doorverwijzing add column bekeken_op timestamp with time zone;
create index doorverwijzing_nieuws on doorverwijzing (gemeente_code, zaak_id, nieuws_op);
