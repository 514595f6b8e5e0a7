-- module gemeente: an account of the region (role REGIO) belongs to a region, not to one municipality (docs/decisions/0033).
-- The region and its member municipalities are the existing tables regio and gemeente.regio_code (V1).
-- gemeente_code of a region account is the municipality that employs the region's staff (the centrumgemeente); it gives
-- that account no access to the municipality's data: the security configuration lets role REGIO reach only /regio.
alter table account add column regio_code varchar(20) references regio (code);
alter table account add constraint account_regio check ((rol = 'REGIO' and regio_code is not null) or (rol <> 'REGIO' and regio_code is null));
create index gemeente_regio on gemeente (regio_code);
