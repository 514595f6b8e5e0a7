-- module sturing: the budget per programme theme per year (entered by the controller) and the
-- percentage above which the year forecast warns
create table begroting (
    gemeente_code varchar(4) not null,
    jaar int not null,
    thema varchar(20) not null,
    budget_centen bigint not null,
    ingevoerd_door varchar(100) not null,
    ingevoerd_op timestamp with time zone not null,
    primary key (gemeente_code, jaar, thema)
);
create table begroting_drempel (
    gemeente_code varchar(4) not null,
    jaar int not null,
    procent int not null,
    primary key (gemeente_code, jaar)
);
