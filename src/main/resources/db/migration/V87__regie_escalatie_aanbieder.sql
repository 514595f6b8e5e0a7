-- module regie: an escalation (doorzettingsmacht) may name the provider it is about, by its AGB code, chosen when the party is
-- a care provider; the free-text party stays. Null: the party is no provider (or the escalation is older than this column).
alter table escalatie add column aanbieder_agb varchar(8);
create index escalatie_aanbieder on escalatie (gemeente_code, vastgelegd_op, aanbieder_agb);

-- module berichten: the provider figures count verzoeken om (wijziging van) toewijzing by the year they came in
create index verzoek_ontvangen on verzoek (gemeente_code, ontvangen_op);
