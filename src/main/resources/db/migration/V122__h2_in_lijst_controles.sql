-- H2 keeps the constant set of a check "x in ('A', 'B')" tied to the connection that created it (the migration's). Once the
-- pool retires that connection (after 30 minutes), every insert into the table fails with "Check constraint invalid" — the
-- walk and CI saw it on cbs_aanvulling and ervaring. The values are enums in the code, which refuses anything else before
-- it reaches the database, so these three checks go; the checks that compare with = or between stay.
alter table cbs_aanvulling drop constraint cbs_aanvulling_bron;
alter table ervaring drop constraint ervaring_status;
alter table pilot drop constraint pilot_fase;
