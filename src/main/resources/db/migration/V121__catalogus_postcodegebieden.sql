-- The middle of each four-digit postcode area (issue 19: distance by postcode in the provider catalogue). Reference data
-- of the installation, no personal data: functional management reads the national file (CBS/PDOK, about 4,070 areas).
create table postcodegebied (
    pc4 varchar(4) not null primary key,
    breedtegraad decimal(8, 5) not null,
    lengtegraad decimal(8, 5) not null,
    bron varchar(200) not null,
    gewijzigd_op timestamp not null
);
