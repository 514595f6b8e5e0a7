-- platform: failed logins, for throttling across all nodes
create table mislukte_inlog (
    gebruikersnaam varchar(100) not null,
    tijdstip timestamp with time zone not null
);
create index mislukte_inlog_gebruiker on mislukte_inlog (gebruikersnaam, tijdstip);
