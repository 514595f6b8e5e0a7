-- module partners: who consented to a referral (issue 20, docs/decisions/0037): the resident himself, a parent or gezaghebbende
-- from the household (name and BSN), or a named gemachtigde or legal representative; and whether a child of 12 up to 16 agreed
-- as well. Referrals from before stay without it and say so.
alter table doorverwijzing add column toestemming_door varchar(20);
alter table doorverwijzing add column toestemming_door_naam varchar(200);
alter table doorverwijzing add column toestemming_door_bsn varchar(9);
alter table doorverwijzing add column kind_stemt_in boolean default false not null;
