-- module aanbod: WJ758 Reden verzoek, shown to the regisseur who answers a verzoek om wijziging
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ758', '1', 'Verandering cliëntsituatie', true);
insert into codelijst (lijst, code, omschrijving, actief) values ('WJ758', '2', 'Wijziging zorgplan', true);
