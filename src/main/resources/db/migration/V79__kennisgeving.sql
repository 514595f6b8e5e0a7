-- Notifications (issue 15, docs/decisions/0024): where a resident or a professional wants to be told that something waits
-- for him (e-mail, text message), confirmed with a code before the first message; and the news waiting to be sent, so
-- several messages within minutes become one. The messages never hold the news itself.
create table kennisgeving_adres (
    gemeente_code varchar(4) not null,
    voor_medewerker boolean not null,
    eigenaar varchar(100) not null,
    kanaal varchar(10) not null,
    adres varchar(254) not null,
    bevestigd_op timestamp with time zone,
    -- a new address for a confirmed one: the old one keeps working until the new one is confirmed
    wacht_adres varchar(254),
    code_hash varchar(64),
    code_geldig_tot timestamp with time zone,
    gewijzigd_op timestamp with time zone not null,
    primary key (gemeente_code, voor_medewerker, eigenaar, kanaal)
);
create index kennisgeving_adres_bevestigd on kennisgeving_adres (voor_medewerker, bevestigd_op);

-- the addresses given before confirmation existed are kept, still to be confirmed (the feature was a day old, in no production)
insert into kennisgeving_adres (gemeente_code, voor_medewerker, eigenaar, kanaal, adres, gewijzigd_op)
select gemeente_code, false, bsn, 'EMAIL', email, gewijzigd_op from inwoner_email;
drop table inwoner_email;

create table kennisgeving_wachtrij (
    gemeente_code varchar(4) not null,
    voor_medewerker boolean not null,
    eigenaar varchar(100) not null,
    sinds timestamp with time zone not null,
    pogingen int default 0 not null,
    primary key (gemeente_code, voor_medewerker, eigenaar)
);
create index kennisgeving_wachtrij_sinds on kennisgeving_wachtrij (sinds);
