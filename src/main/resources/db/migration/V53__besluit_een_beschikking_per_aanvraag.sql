-- besluit: one decision per aanvraag (a change or withdrawal changes that decision, it does not add one)
create unique index beschikking_een_per_aanvraag on beschikking (aanvraag_id);
