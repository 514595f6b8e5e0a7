-- the resident withdraws his consent for a referral (issue 20): the partner sees the referral no more
alter table doorverwijzing add column toestemming_ingetrokken_op timestamp with time zone;
create index doorverwijzing_persoon on doorverwijzing (gemeente_code, persoon_bsn, verwezen_op);
