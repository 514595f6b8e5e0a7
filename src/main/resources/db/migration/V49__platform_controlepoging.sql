-- platform: checks of a BSN with a birth date (the proof who someone is) counted per key (account, person, provider) and
-- per fixed window, one row each, so guessing a birth date is stopped on every node
create table controlepoging (
    sleutel varchar(150) not null,
    venster bigint not null,
    aantal integer not null,
    primary key (sleutel, venster)
);
create index controlepoging_venster on controlepoging (venster);
