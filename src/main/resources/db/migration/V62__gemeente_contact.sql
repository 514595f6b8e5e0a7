-- gemeente: how a resident reaches the sociaal team (footer of every page) and where an objection
-- is sent (the decision letter); filled by functional management, empty until then
alter table gemeente add column telefoon varchar(20);
alter table gemeente add column postadres varchar(200);
alter table gemeente add column bereikbaar varchar(200);
