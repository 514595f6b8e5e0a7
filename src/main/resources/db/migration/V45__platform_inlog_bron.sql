-- platform: where a failed login came from, so throttling can hold a guesser back without locking the account for everyone
alter table mislukte_inlog add column bron varchar(45) not null default '';
create index mislukte_inlog_bron on mislukte_inlog (bron, tijdstip);
