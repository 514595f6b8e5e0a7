-- berichten (issue 17): narrow indexes that hold every column the provider page and cost per client read from the
-- toewijzingen, so PostgreSQL answers them from the index alone, already in the order the figures group by: clients per
-- provider (by provider and resident), clients and new clients per law (by resident and law), and the wait per provider
-- (by law and start date). Over a national dataset each took a sort of a million rows on disk before.
create index toewijzing_aanbieder_clienten on toewijzing (gemeente_code, aanbieder_agb, persoon_bsn, ingangsdatum, einddatum, reden_wijziging, aanbieder_naam);
create index toewijzing_persoon_looptijd on toewijzing (gemeente_code, persoon_bsn, standaard, ingangsdatum, einddatum, reden_wijziging);
create index toewijzing_wachtdagen on toewijzing (gemeente_code, standaard, levering_begindatum, aanbieder_agb, wachtdagen, reden_wijziging);
