-- module berichten: indexes for the steering figures (toewijzingen and declarations per month)
create index toewijzing_ingang on toewijzing (gemeente_code, ingangsdatum);
create index declaratie_periode on declaratie (gemeente_code, periode_begin);
