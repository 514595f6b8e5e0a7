-- module regie: cases per municipality by the day they opened, for the share of procesregie
create index zaak_geopend on zaak (gemeente_code, geopend_op);
