-- platform: sessions of API clients (POST /api/v1/sessies): only the SHA-256 of the token is kept, so a copy of the
-- database signs no one in; in the database so every node knows them and a revoked one ends everywhere
create table api_sessie (
    token_hash varchar(64) primary key,
    gebruikersnaam varchar(100) not null,
    gemeente_code varchar(4) not null,
    aangemaakt_op timestamp with time zone not null,
    verloopt_op timestamp with time zone not null
);
create index api_sessie_verloopt on api_sessie (verloopt_op);
create index api_sessie_gebruiker on api_sessie (gebruikersnaam);
