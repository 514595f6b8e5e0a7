-- module besluit: indexes for the steering figures (decisions per month, residents with a running decision)
create index beschikking_genomen on beschikking (gemeente_code, genomen_op);
create index beschikking_ingang on beschikking (gemeente_code, ingangsdatum);
