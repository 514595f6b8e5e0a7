-- A resident who wants an e-mail when there is news in Mijn Dichtbij; the mail itself holds no personal data.
create table inwoner_email (
    gemeente_code varchar(4) not null,
    bsn varchar(9) not null,
    email varchar(254) not null,
    gewijzigd_op timestamp with time zone not null,
    primary key (gemeente_code, bsn)
);
