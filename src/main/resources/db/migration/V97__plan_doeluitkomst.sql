-- plan (issue 18): how a goal ended, a choice instead of only a text, and when; so "goals reached" can be counted.
-- Goals ended before this migration keep no outcome (null: unknown).
alter table doel add column uitkomst varchar(20);
alter table doel add column beeindigd_op date;
