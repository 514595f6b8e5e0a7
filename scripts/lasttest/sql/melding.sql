-- SQL floor of GET /api/v1/meldingen/{id} (Meldingen.bekijk): the melding and its areas, timeline and chain steps.
select id, email, kanaal, status, team_id, versie, zaak_id, termijn, vervolg, dreiging, telefoon, schulden, intake_op, urgentie,
       vindplaats, persoon_bsn, triage_stap, risico_datum, ontvangen_op, triage_reden, behandelaar, omschrijving, huishouden_id,
       termijn_einde, gemeente_code, contactvoorkeur, ingediend_door, intake_locatie, ontvangen_datum, behandelaar_naam,
       vertegenwoordiger, triage_organisatie_id, termijn_gehaald_op
  from melding where id = :melding;
select levensgebied from melding_gebied where melding_id = :melding;
select tekst, tijdstip, volgnummer from melding_gebeurtenis where melding_id = :melding order by volgnummer;
select sleutel from melding_vervolg where melding_id = :melding;
