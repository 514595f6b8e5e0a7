-- module gemeente: a provider's account belongs to its organisation (AGB code)
alter table account add column aanbieder_agb varchar(8);
