-- module berichten: the bulk transfer (issue 16), after review. The new toewijzing's end as the transfer gave it (the old end,
-- or the successor's contract end when that comes first): undo is refused once the new toewijzing changed after the transfer.
-- The resident's BSN is no longer copied into the transfer: it is read through the toewijzing when needed.
alter table overdracht_regel add column nieuwe_einddatum date;
alter table overdracht_regel drop column persoon_bsn;
