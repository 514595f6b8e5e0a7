-- The verzoek and the toewijzing carry a version that every change raises (docs/decisions/0019).
alter table verzoek add column versie bigint default 0 not null;
alter table toewijzing add column versie bigint default 0 not null;
