-- module besluit: the end date as first decided, so a PGB that is ended early or extended keeps its daily amount
alter table beschikking add column eerste_einddatum date;
update beschikking set eerste_einddatum = einddatum;
