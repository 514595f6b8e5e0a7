-- A change of a decision (end date, ending, withdrawal) is itself a decision with its own letter and objection term.
alter table beschikking_historie add column brief bytea;
alter table beschikking_historie add column bezwaar_tot date;
