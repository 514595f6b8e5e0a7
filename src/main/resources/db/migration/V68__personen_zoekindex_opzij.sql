-- The register's search indexes a large first delivery set aside (Inschrijvingen.alsEersteLevering, on H2): written
-- before they are dropped, removed once they are back, so a start that stopped halfway rebuilds them the next time.
create table persoon_zoekindex (
    naam varchar(100) primary key,
    ddl varchar(2000) not null
);
