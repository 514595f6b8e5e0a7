-- module aanbod: reference data from the iStandaarden code lists (our own copy, maintained by functioneel beheer)
create table codelijst (
    lijst varchar(10) not null,
    code varchar(10) not null,
    omschrijving varchar(300) not null,
    actief boolean not null,
    primary key (lijst, code)
);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '01', 'Hulp bij het huishouden', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '02', 'Begeleiding', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '03', 'Persoonlijke verzorging', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '04', 'Kortdurend verblijf', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '05', 'Woondiensten', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '06', 'Overige ondersteuning gericht op het individu of huishouden/gezin', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '07', 'Dagbesteding', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '08', 'Vervoerdiensten', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '09', 'Overige groepsgerichte ondersteuning', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '10', 'Overige maatwerk arrangementen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '11', 'Rolstoelen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '12', 'Vervoervoorzieningen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '13', 'Woonvoorzieningen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '14', 'Overige hulpmiddelen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '15', 'Beschermd wonen', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '16', 'Opvang', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '17', 'Spoedopvang', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO020', '18', 'Overige beschermd wonen en opvang', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '31', '(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '32', '(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '33', '(2015) Zonder verblijf: daghulp op locatie van de aanbieder', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '34', '(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '35', '(2015) Met verblijf: pleegzorg', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '36', '(2015) Met verblijf: gezinsgericht', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '37', '(2015) Met verblijf: gesloten plaatsing', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '38', '(2015) Met verblijf: overig residentieel', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '40', 'Persoonlijke verzorging', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '41', 'Dagbehandeling', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '42', 'Vervoerdiensten', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '43', 'Jeugdhulp verblijf (incl. behandeling)', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '44', 'Jeugdhulp verblijf (excl. behandeling)', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '45', 'Jeugdhulp ambulant', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '46', 'Jeugdhulp crisis', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '47', 'Jeugdreclassering', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '48', 'Jeugdbescherming', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '49', 'Activiteiten in het preventief justitieel kader', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '50', 'Maatwerkarrangementen jeugd', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '51', 'Generalistische basis-ggz', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '52', 'Specialistische ggz', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '53', 'Kindergeneeskunde', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '54', 'Jeugd-ggz', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('JZ020', '55', 'Landelijk ingekochte zorg', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '01', 'Minuut', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '04', 'Uur', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '14', 'Etmaal', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '16', 'Dagdeel (4 uur)', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '82', 'Stuks (output)', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '83', 'Euro''s', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ756', '84', 'Stuks (inspanning)', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO757', '1', 'Per dag', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO757', '2', 'Per week', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO757', '4', 'Per maand', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WMO757', '6', 'Totaal binnen geldigheidsduur toewijzing', true);
