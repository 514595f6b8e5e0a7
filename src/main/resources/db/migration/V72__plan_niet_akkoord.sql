-- A resident who does not agree with a version of the plan says why; his reason is a reaction marked as such.
alter table plan_reactie add column niet_akkoord boolean default false not null;
