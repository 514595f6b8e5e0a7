-- Aanvraag and beschikking are aggregates with optimistic locking (docs/decisions/0019).
alter table aanvraag add column versie bigint default 0 not null;
alter table beschikking add column versie bigint default 0 not null;
