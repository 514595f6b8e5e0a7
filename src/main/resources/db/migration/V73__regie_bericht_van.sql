-- Messages between the household and its contact person, both ways: who wrote it (null: the system told the household).
alter table zaak_bericht add column van_naam varchar(300);
alter table zaak_bericht add column van_inwoner boolean default false not null;
