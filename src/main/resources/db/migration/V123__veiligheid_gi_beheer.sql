-- module veiligheid: functional management keeps the list of gecertificeerde instellingen (issue 20, docs/decisions/0037).
-- A GI the municipality stops working with stays on the list for the measures it still runs, but can no longer be chosen;
-- the version guards a change against a colleague's change at the same time.
alter table veiligheid_gi add column actief boolean default true not null;
alter table veiligheid_gi add column version bigint default 0 not null;
