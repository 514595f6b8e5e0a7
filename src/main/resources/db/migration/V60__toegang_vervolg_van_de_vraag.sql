-- The resident's question follows the chain after the onderzoek (issue 14 events, issue 15 stale state).
alter table melding add column vervolg varchar(30);
alter table melding add column termijn_gehaald_op date;

create table melding_vervolg (
    melding_id bigint not null references melding (id),
    sleutel varchar(120) not null,
    primary key (melding_id, sleutel)
);

create index melding_zaak on melding (zaak_id);

-- a term that waits for the onderzoek was met when it was held
update melding set termijn_gehaald_op = (select max(o.gehouden_op) from onderzoek o where o.melding_id = melding.id)
where status = 'ONDERZOEK_AFGEROND' and termijn in ('WMO_ONDERZOEK', 'SCHULDHULP_EERSTE_GESPREK', 'SCHULDHULP_DREIGING');
