-- module berichten: the Jeugdwet toewijzingen of a municipality that began before a day (the CBS Beleidsinformatie Jeugd per half year)
create index toewijzing_standaard_ingang on toewijzing (gemeente_code, standaard, ingangsdatum);
