-- SQL floor of GET /api/v1/zaken/{id} (Zaken.voorMedewerker): the case with its handovers and messages, the check that the
-- professional's team leads it, the members of the household (for the Logboek).
select id, open, versie, regievorm, regisseur, geopend_op, gesloten_op, lead_team_id, sluitreden, gemeente_code, huishouden_id,
       regisseur_naam, waakvlam_datum, waakvlam_afgerond from zaak where id = :zaak;
select van, naar, notitie, van_naam, naar_naam, tijdstip, volgnummer from zaak_overdracht where zaak_id = :zaak order by volgnummer;
select tekst, tijdstip, betreft_bsn, volgnummer from zaak_bericht where zaak_id = :zaak order by volgnummer;
select count(*) from zaak where gemeente_code = '0632' and huishouden_id = :huishouden and (regisseur = 'jeugdconsulent' or lead_team_id = :team);
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.huishouden_id = :huishouden and p.gemeente_code = '0632' order by p.geboortedatum;
