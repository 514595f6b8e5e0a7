-- The municipality's own colours on its pages (issue 15): the main colour (buttons) and the dark one (header, links).
alter table gemeente add column kleur_primair varchar(7);
alter table gemeente add column kleur_donker varchar(7);
