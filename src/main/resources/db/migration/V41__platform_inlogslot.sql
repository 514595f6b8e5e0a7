-- platform: one row per account name to lock while its password is checked, so parallel
-- guesses are counted one after the other and the sixth is refused on every node
create table inlog_slot (
    gebruikersnaam varchar(100) primary key
);
