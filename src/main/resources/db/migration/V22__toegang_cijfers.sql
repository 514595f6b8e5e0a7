-- module toegang: meldingen per municipality and day received, for the flow figures
create index melding_ontvangen on melding (gemeente_code, ontvangen_datum);
