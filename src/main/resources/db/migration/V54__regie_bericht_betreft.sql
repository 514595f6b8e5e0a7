-- regie: which member a message to the household is about (null: the whole household), so a message about a
-- 16- or 17-year-old's aanvraag, decision or objection is shown only to whom may read about him (docs/decisions/0006)
alter table zaak_bericht add column betreft_bsn varchar(9);
