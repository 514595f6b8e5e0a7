-- module berichten: one toewijzing per decision, guaranteed by the database, and messages that
-- keep failing parked for beheer instead of retried for ever.

-- The toewijzing a ZIN decision made (its successors after a verzoek om wijziging keep the
-- beschikking_id but not this key). A decision's event handled twice finds the key taken.
alter table toewijzing add column uit_beschikking_id bigint;
update toewijzing set uit_beschikking_id = beschikking_id
    where beschikking_id is not null
      and id = (select min(u.id) from toewijzing u where u.beschikking_id = toewijzing.beschikking_id);
alter table toewijzing add constraint toewijzing_een_per_beschikking unique (uit_beschikking_id);

-- What went wrong the last time a stored message was processed (no personal data: the exception's type and message)
alter table inkomend_bericht add column laatste_fout varchar(500);
