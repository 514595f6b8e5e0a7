-- module berichten: deliveries by start and by end, for waiting times and outflow
create index toewijzing_start on toewijzing (gemeente_code, levering_begindatum);
create index toewijzing_stop on toewijzing (gemeente_code, levering, levering_einddatum);
