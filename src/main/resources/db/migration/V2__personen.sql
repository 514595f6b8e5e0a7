-- module personen: the register of persons (BRP stand-in)
create table huishouden (
    id bigint primary key,
    gemeente_code varchar(4) not null,
    straat varchar(120) not null,
    huisnummer varchar(10) not null,
    postcode varchar(6) not null,
    woonplaats varchar(80) not null,
    wijk varchar(80) not null
);
create index huishouden_gemeente_wijk on huishouden (gemeente_code, wijk);

create table persoon (
    bsn varchar(9) primary key,
    gemeente_code varchar(4) not null,
    huishouden_id bigint not null references huishouden (id),
    voornaam varchar(80) not null,
    tussenvoegsel varchar(20),
    achternaam varchar(120) not null,
    geboortedatum date not null
);
create index persoon_huishouden on persoon (huishouden_id);
create index persoon_gemeente_achternaam on persoon (gemeente_code, achternaam);

create table ouder_kind (
    ouder_bsn varchar(9) not null references persoon (bsn),
    kind_bsn varchar(9) not null references persoon (bsn),
    primary key (ouder_bsn, kind_bsn)
);
create index ouder_kind_kind on ouder_kind (kind_bsn);
