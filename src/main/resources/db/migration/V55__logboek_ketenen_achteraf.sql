-- The Logboek off the critical path (docs/decisions/0013): a line is written unchained (volgnummer, vorige_hash and
-- hash empty) in one batch per request, and a single chaining step seals the waiting lines into the municipality's
-- chain within seconds, in the order of their id. Lines written before this migration are all chained already.
alter table verwerking alter column volgnummer drop not null;
alter table verwerking alter column vorige_hash drop not null;
alter table verwerking alter column hash drop not null;
alter table verwerking add constraint verwerking_geketend_of_wachtend check (
    (volgnummer is null and vorige_hash is null and hash is null)
    or (volgnummer is not null and vorige_hash is not null and hash is not null));

-- Readers order by the moment of the processing and then by id (the order of writing), whether a line is chained yet or
-- not; the chaining step finds the waiting lines of a municipality through the unique (gemeente_code, volgnummer) index.
drop index verwerking_betrokkene;
drop index verwerking_actor;
create index verwerking_betrokkene on verwerking (gemeente_code, betrokkene_bsn, tijdstip, id);
create index verwerking_actor on verwerking (gemeente_code, actor, tijdstip, id);
create index verwerking_tijdstip on verwerking (gemeente_code, tijdstip, id);
