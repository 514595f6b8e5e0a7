-- zrm (issue 18): a domain may be "niet van toepassing" or "onbekend" instead of a score, never silently empty: a score row
-- holds either a score (1-5) or the reason there is none.
alter table score alter column score drop not null;
alter table score add column geen_score varchar(20);
